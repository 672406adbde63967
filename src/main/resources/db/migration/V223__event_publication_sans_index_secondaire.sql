-- Every action inserts its publications and deletes them once sent: each index on the table takes an entry per
-- publication on every hot path, which vacuum then removes. Since finished publications are deleted (V215,
-- completion mode "delete"), nothing reads these two: no row left has a completion date, and the registry finds a
-- publication by its identifier (the primary key). Only its fallback looks one up by its serialised event, for a
-- publication this instance does not hold in progress; it then reads the table, which holds unfinished ones only.
DROP INDEX event_publication_serialized_event_hash_idx;
DROP INDEX event_publication_by_completion_date_idx;
