-- The retention job looks for dossiers whose elements are still kept, oldest first.
CREATE INDEX teledossier_elements_a_purger ON teledossier (depose_le) WHERE elements_purges_le IS NULL;
