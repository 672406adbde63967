-- Finished event publications are now deleted when they finish (spring.modulith.events.completion-mode: delete):
-- those kept until now are removed too. Nothing reads them; the unfinished ones (in progress, failed) stay.
DELETE FROM event_publication WHERE completion_date IS NOT NULL;
