-- Every action inserts its publications and deletes them once sent: each index on the table takes an entry per
-- publication on every hot path, which vacuum then removes. Since finished publications are deleted (V215,
-- completion mode "delete"), these two serve nearly nothing: no row left has a completion date, and the registry
-- finds a publication by its identifier (the primary key). Only its fallback, for a publication this instance does
-- not hold in progress (or a second equal event for the same listener in flight at once), deletes by serialised
-- event; it then reads the table, which holds unfinished publications only.
DROP INDEX event_publication_serialized_event_hash_idx;
DROP INDEX event_publication_by_completion_date_idx;
