-- After a run of the scripts: the publications they inserted and did not delete yet (each client deletes its own by
-- 25) go, lest the application's retry job send their events once stale; so do those the "before" scripts marked
-- finished (the application deletes its own when they finish). The scripts' events name a reference or a number of
-- ten digits (:evt), which the application's never have.
DELETE FROM event_publication
WHERE serialized_event ~ '^\{"(reference":"[TR]|numero":"B-)[0-9]{10}"'
   OR completion_date IS NOT NULL;
