-- Deleting a history line (and so a dossier, through its cascade) deletes the complement pieces that answer it
-- (V140, ON DELETE CASCADE): without an index on historique_id each deleted line read the whole piece table. The
-- benchmark's clean-up of 120 000 dossiers did not end in ten minutes; it takes 7 s with this index. Only complement
-- pieces carry a history line, hence the partial index: a submission's pieces do not write to it.
CREATE INDEX teledossier_piece_par_historique ON teledossier_piece (historique_id) WHERE historique_id IS NOT NULL;
