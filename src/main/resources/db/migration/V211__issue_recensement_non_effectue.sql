-- A census dossier found non-receivable closes as "recensement non effectué" (it closed as "effectué" before).
ALTER TABLE teledossier DROP CONSTRAINT teledossier_issue_check,
    ADD CONSTRAINT teledossier_issue_check CHECK (issue IN ('INSCRIPTION_ACCEPTEE', 'INSCRIPTION_REFUSEE',
        'RECENSEMENT_EFFECTUE', 'RECENSEMENT_NON_EFFECTUE'));
