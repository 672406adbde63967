-- The identifier of the HTTP request that wrote the entry (X-Request-Id, also in the application's logs), so that an
-- operator can join an audit entry to the log lines of the same request. Empty for the scheduled jobs, the event
-- listeners and the database's own triggers.
ALTER TABLE journal_audit ADD COLUMN id_requete VARCHAR(100);
