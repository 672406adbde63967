package fr.demarches.compte.internal;

import fr.demarches.compte.Comptes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first platform administrator from configuration ({@code app.bootstrap.admin.*}) when there is
 * none yet. There is no default: without configuration, nothing is created.
 */
@Component
@Order(10)
class AdministrateurInitial implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdministrateurInitial.class);

    private final Comptes comptes;
    private final Proprietes proprietes;

    AdministrateurInitial(Comptes comptes, Proprietes proprietes) {
        this.comptes = comptes;
        this.proprietes = proprietes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(proprietes.identifiant()) || comptes.existeAdministrateur()) {
            return;
        }
        try {
            comptes.creerAdministrateur(proprietes.identifiant(), proprietes.motDePasse(), proprietes.nom(), null);
            LOG.info("Premier administrateur de la plateforme créé : {}", proprietes.identifiant());
        } catch (DataIntegrityViolationException dejaCree) {
            LOG.info("Premier administrateur déjà créé par une autre instance");
        }
    }

    @ConfigurationProperties("app.bootstrap.admin")
    record Proprietes(String identifiant, String motDePasse, String nom) {
    }
}
