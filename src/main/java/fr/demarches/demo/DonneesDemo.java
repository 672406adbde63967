package fr.demarches.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.Espace;
import fr.demarches.compte.QualiteOfficier;
import fr.demarches.compte.TypeCompte;
import fr.demarches.compte.TypeUnite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seeds the demonstration accounts once; a restart finds them and changes nothing. */
@Component
@Profile("demo")
@Order(20)
class DonneesDemo implements ApplicationRunner {

    static final String NANTERRE = "92050";
    static final String MOT_DE_PASSE_MAIRIE = "Mairie-Demo-2026!";
    static final String MOT_DE_PASSE_AGENT = "Agent-Demo-2026!";
    static final String MOT_DE_PASSE_POLICE = "Police-Demo-2026!";
    static final String MOT_DE_PASSE_USAGER = "Usager-Demo-2026!";

    private static final Logger LOG = LoggerFactory.getLogger(DonneesDemo.class);

    private final Comptes comptes;
    private final Raccordements raccordements;
    private final Clock horloge;

    DonneesDemo(Comptes comptes, Raccordements raccordements, Clock horloge) {
        this.comptes = comptes;
        this.raccordements = raccordements;
        this.horloge = horloge;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (comptes.existe(Espace.USAGER, "camille.martin@exemple.fr")) {
            return;
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        raccordements.raccorder(NANTERRE, ModeRaccordement.COURRIEL, "elections@mairie-nanterre.exemple.fr",
                EnumSet.allOf(Procedure.class), aujourdhui.withDayOfMonth(1));
        comptes.creerCompteMairie(TypeCompte.ADMIN_COMMUNE, "admin.nanterre@exemple.fr", MOT_DE_PASSE_MAIRIE,
                "Durand", "Sophie", NANTERRE);
        comptes.creerCompteMairie(TypeCompte.AGENT_COMMUNE, "agent.nanterre@exemple.fr", MOT_DE_PASSE_AGENT,
                "Lefebvre", "Karim", NANTERRE);
        var unite = comptes.creerUnite(TypeUnite.COMMISSARIAT, "Commissariat de Nanterre",
                "1 boulevard du Midi, 92000 Nanterre", "92");
        comptes.creerOfficier("opj.nanterre@exemple.fr", MOT_DE_PASSE_POLICE, "Moreau", "Julien", unite, QualiteOfficier.OPJ,
                aujourdhui.plusYears(1));
        comptes.creerUsager("camille.martin@exemple.fr", MOT_DE_PASSE_USAGER, true);
        LOG.info("Données de démonstration créées (comptes et mots de passe : voir README.md)");
    }
}
