-- The administrator's journal page lists the recent security alerts (by action) on every visit, and the action is
-- the journal's most used filter: an index by action and date.
CREATE INDEX journal_audit_par_action ON journal_audit (action, horodatage DESC);
