package fr.demarches.compte.internal;

import java.util.UUID;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.ProprietesComptes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first platform administrator from configuration ({@code app.comptes.administrateur-initial.*}, which
 * reads the older {@code app.bootstrap.admin.*} names) when there is none yet. There is no default: without
 * configuration, nothing is created.
 */
@Component
@Order(10)
class AdministrateurInitial implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdministrateurInitial.class);

    private final Comptes comptes;
    private final JournalAudit journal;
    private final ProprietesComptes.AdministrateurInitial proprietes;

    AdministrateurInitial(Comptes comptes, JournalAudit journal, ProprietesComptes proprietes) {
        this.comptes = comptes;
        this.journal = journal;
        this.proprietes = proprietes.administrateurInitial();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(proprietes.identifiant()) || comptes.existeAdministrateur()) {
            return;
        }
        try {
            UUID id = comptes.creerAdministrateur(proprietes.identifiant(), proprietes.motDePasse(), proprietes.nom(),
                    null);
            journal.enregistrer(EntreeAudit.systeme("COMPTE_CREE", "COMPTE", id.toString(),
                    "Premier administrateur de la plateforme, créé au démarrage : " + proprietes.identifiant()));
            LOG.info("Premier administrateur de la plateforme créé : {}", proprietes.identifiant());
        } catch (DataIntegrityViolationException dejaCree) {
            LOG.info("Premier administrateur déjà créé par une autre instance");
        }
    }
}
