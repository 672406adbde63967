-- After the ILE scripts (run.sh, comparer.sh): their dossiers (numbered B-…) go, lest they swell the benchmark
-- commune's open dossiers, which the working list sorts and searches. Outside a transaction: VACUUM needs it.
DELETE FROM teledossier WHERE numero LIKE 'B-%';
VACUUM ANALYZE teledossier;
