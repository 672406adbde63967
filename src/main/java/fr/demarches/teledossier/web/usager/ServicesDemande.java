package fr.demarches.teledossier.web.usager;

import java.time.Clock;

import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.Profils;
import fr.demarches.document.Documents;
import fr.demarches.teledossier.SuiviUsager;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.internal.Brouillons;

import org.springframework.stereotype.Component;

/** What every request in steps works with, handed to {@link DemandeEnEtapes} by each procedure's controller. */
@Component
record ServicesDemande(Brouillons brouillons, Profils profils, Referentiel referentiel, Raccordements raccordements,
        Documents documents, SuiviUsager suivi, Teledossiers teledossiers, JournalAudit journal,
        MiseAJourProfil miseAJourProfil, Clock horloge) {
}
