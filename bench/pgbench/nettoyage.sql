-- After a run of the scripts: the publications they inserted and did not delete yet (each client deletes its own by
-- 25) go, lest the application's retry job send their events once stale. Their events are the scripts' own.
DELETE FROM event_publication
WHERE serialized_event LIKE '{"reference":"TMPREF",%'
   OR serialized_event LIKE '{"reference":"REF",%'
   OR serialized_event LIKE '{"numero":"B-0",%';
