-- A submission's two mails are now sent by one listener, "teledossier-depose", and its place in the sFTP outbox is
-- written in the submission's own transaction (no listener). Publications still unfinished under the retired
-- listener ids would otherwise never be resubmitted (no listener answers to them any more).

-- The sFTP outbox: the dossiers still waiting for theirs get it now, as the retired listener would have done.
INSERT INTO envoi_sftp (numero, complement, commune_insee, statut, cree_le, prochaine_tentative)
SELECT t.numero, 0, t.commune_insee, 'A_ENVOYER', now(), now()
  FROM event_publication p
  JOIN teledossier t ON t.numero = CAST(p.serialized_event AS JSONB) ->> 'numero'
 WHERE p.listener_id = 'echange-sftp-a-remettre' AND p.completion_date IS NULL AND t.remise_sftp
ON CONFLICT (numero, complement) DO NOTHING;
UPDATE event_publication
   SET status = 'COMPLETED', completion_date = now()
 WHERE listener_id = 'echange-sftp-a-remettre' AND completion_date IS NULL;

-- The mails: both unfinished for one submission, a single publication of the new listener sends both; only one
-- of them unfinished, the new listener sends both (the mail already sent leaves a second time: rare, at the
-- update only, and better than a mail never sent).
UPDATE event_publication a
   SET status = 'COMPLETED', completion_date = now()
 WHERE a.listener_id = 'teledossier-avis-commune' AND a.completion_date IS NULL
   AND EXISTS (SELECT 1 FROM event_publication b
                WHERE b.listener_id = 'teledossier-accuse-reception' AND b.completion_date IS NULL
                  AND b.serialized_event = a.serialized_event);
UPDATE event_publication
   SET listener_id = 'teledossier-depose'
 WHERE listener_id IN ('teledossier-accuse-reception', 'teledossier-avis-commune')
   AND completion_date IS NULL;

-- The event now says whether the dossier goes to the commune's sFTP server (only the outbox above used it).
UPDATE event_publication
   SET serialized_event = CAST(CAST(serialized_event AS JSONB) || '{"remiseSftp": false}' AS TEXT)
 WHERE event_type = 'fr.demarches.teledossier.TeledossierDepose' AND completion_date IS NULL;
