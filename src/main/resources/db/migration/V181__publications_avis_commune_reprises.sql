-- The commune's notice of a procuration change is now sent by the listener "procuration-etat" (one publication
-- per change instead of two). A notice still unfinished under its old listener id would otherwise never be
-- resubmitted (no listener answers to that id any more): it is handed to the new listener, which sends the
-- mandant's mail again with the same Message-ID (dropped by mail clients) and then the commune's notice.
UPDATE event_publication
   SET listener_id = 'procuration-etat'
 WHERE listener_id = 'procuration-avis-commune'
   AND completion_date IS NULL;
