package fr.demarches.portail.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.compte.Authentification;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.ConnexionsDeLaRequete;
import fr.demarches.compte.Espace;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No request reads the account any more: the database ends the sessions of an account that changes (V214), from the
 * accounts each session names ({@link ComptesDeLaSession}).
 */
@TestIntegration
class SessionsRevoqueesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail courriels;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    SessionRepository<?> stockage;

    @Autowired
    Authentification authentification;

    @Autowired
    javax.sql.DataSource base;

    Visiteur visiteur;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
        visiteur = new Visiteur(mvc, courriels);
    }

    @Test
    void aSessionNamesEveryAccountSignedInAndEndsWhenOneOfThemIsDisabled() throws Exception {
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        visiteur.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/gs"));
        assertThat(donnees.jdbc().sql("SELECT principal_name FROM spring_session").query(String.class).single().split(" "))
                .containsExactlyInAnyOrder(id(DonneesDeTest.USAGER), id(DonneesDeTest.AGENT));

        donnees.jdbc().sql("UPDATE compte SET actif = false WHERE identifiant = ?").param(DonneesDeTest.AGENT).update();

        assertThat(donnees.jdbc().sql("SELECT count(*) FROM spring_session").query(Long.class).single()).isZero();
        visiteur.get("/gs").andExpect(redirectedUrl("/gs/connexion"));
        assertThat(donnees.jdbc().sql("""
                SELECT details FROM journal_audit WHERE action = 'SESSION_REVOQUEE' AND acteur = ?""")
                .param(DonneesDeTest.AGENT).query(String.class).single()).isEqualTo("1 session(s) fermée(s) : compte désactivé");
    }

    /** The index follows the sign-ins: an agent gone from the session is no longer named in it. */
    @Test
    void anotherSignInReplacesTheAccountNamed() throws Exception {
        visiteur.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        visiteur.post("/gs/deconnexion");
        visiteur.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);

        assertThat(donnees.jdbc().sql("SELECT principal_name FROM spring_session WHERE principal_name IS NOT NULL")
                .query(String.class).single()).isEqualTo(id(DonneesDeTest.ADMIN_COMMUNE));
    }

    @Test
    void anOfficersSessionEndsWhenTheAdministratorChangesTheHabilitation() throws Exception {
        visiteur.connecter("/police/connexion", DonneesDeTest.OFFICIER, DonneesDeTest.MOT_DE_PASSE);
        visiteur.get("/police").andExpect(status().isOk());
        donnees.jdbc().sql("UPDATE compte SET habilitation_fin = habilitation_fin - 1 WHERE identifiant = ?")
                .param(DonneesDeTest.OFFICIER).update();
        visiteur.get("/police").andExpect(redirectedUrl("/police/connexion"));
    }

    /** An agent moved to another commune would otherwise go on seeing the former one's dossiers. */
    @Test
    void anAgentMovedToAnotherCommuneIsSignedOut() throws Exception {
        visiteur.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        visiteur.get("/gs/teledossiers").andExpect(status().isOk());
        donnees.jdbc().sql("UPDATE compte SET commune_insee = '92063' WHERE identifiant = ?").param(DonneesDeTest.AGENT)
                .update();
        visiteur.get("/gs/teledossiers").andExpect(redirectedUrl("/gs/connexion"));
    }

    /** Hibernate writes every column of an account it updates: only a change of the rights ends its sessions. */
    @Test
    void anUpdateThatLeavesTheRightsAsTheyWereKeepsTheSession() throws Exception {
        visiteur.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        donnees.jdbc().sql("""
                UPDATE compte SET nom = 'Lefèvre', actif = actif, mot_de_passe = mot_de_passe, commune_insee = commune_insee,
                    habilitation_fin = habilitation_fin, unite_id = unite_id, type = type WHERE identifiant = ?""")
                .param(DonneesDeTest.AGENT).update();
        visiteur.get("/gs/teledossiers").andExpect(status().isOk());
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'SESSION_REVOQUEE'")
                .query(Long.class).single()).isZero();
    }

    /** A request still running when its session is ended writes no attribute into nothing (a foreign-key error). */
    @Test
    @SuppressWarnings("unchecked")
    void anAttributeWrittenAfterTheSessionWasEndedIsDropped() {
        var sessions = (SessionRepository<Session>) stockage;
        var session = sessions.createSession();
        session.setAttribute("brouillon", "étape 1");
        sessions.save(session);
        var lue = sessions.findById(session.getId());
        donnees.jdbc().sql("DELETE FROM spring_session").update();

        lue.setAttribute("brouillon", "étape 2");
        lue.setAttribute("message", "Enregistré");
        assertThatNoException().isThrownBy(() -> sessions.save(lue));
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM spring_session_attributes").query(Long.class).single()).isZero();
    }

    /**
     * A change of the account between the sign-in's read of it and the write of its session (here, in that order) finds
     * no session to end: the sign-in checks again once its session is written (V214).
     */
    @Test
    void anAccountDisabledWhileSigningInEndsTheNewSession() {
        var session = signeeEnAttente(DonneesDeTest.AGENT);
        donnees.jdbc().sql("UPDATE compte SET actif = false WHERE identifiant = ?").param(DonneesDeTest.AGENT).update();

        sessions().save(session);

        assertThat(donnees.jdbc().sql("SELECT count(*) FROM spring_session").query(Long.class).single()).isZero();
        assertThat(donnees.jdbc().sql("SELECT details FROM journal_audit WHERE action = 'SESSION_REVOQUEE'")
                .query(String.class).single()).isEqualTo("1 session(s) fermée(s) : compte modifié pendant la connexion");
    }

    /**
     * A change still running when the session is written: the trigger's deletion ran before the session existed, and
     * the change is not committed yet when the sign-in checks. The check waits for it, then sees it.
     */
    @Test
    void theCheckWaitsForAChangeStillRunning() throws Exception {
        var session = signeeEnAttente(DonneesDeTest.AGENT);
        try (var autre = base.getConnection()) {
            autre.setAutoCommit(false);
            try (var desactivation = autre.prepareStatement("UPDATE compte SET actif = false WHERE identifiant = ?")) {
                desactivation.setString(1, DonneesDeTest.AGENT);
                desactivation.executeUpdate();
            }
            var connexion = ConnexionsDeLaRequete.prendre().getFirst();
            var ecriture = java.util.concurrent.CompletableFuture.runAsync(() -> {
                // The end of the sign-in's request, on its own thread.
                ConnexionsDeLaRequete.noter(connexion);
                try {
                    sessions().save(session);
                } finally {
                    ((EcrituresSessionEspacees<?>) stockage).oublier();
                }
            });
            Thread.sleep(500);
            assertThat(ecriture).as("la vérification attend la modification en cours").isNotDone();
            autre.commit();
            ecriture.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM spring_session").query(Long.class).single()).isZero();
    }

    @Test
    void aPasswordChangedWhileSigningInEndsTheNewSessionAndANameChangeDoesNot() {
        var session = signeeEnAttente(DonneesDeTest.USAGER);
        donnees.jdbc().sql("UPDATE compte SET mot_de_passe = 'x' || mot_de_passe WHERE identifiant = ?")
                .param(DonneesDeTest.USAGER).update();
        sessions().save(session);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM spring_session").query(Long.class).single()).isZero();

        var autre = signeeEnAttente(DonneesDeTest.AGENT);
        donnees.jdbc().sql("UPDATE compte SET nom = 'Lefèvre' WHERE identifiant = ?").param(DonneesDeTest.AGENT).update();
        sessions().save(autre);
        assertThat(donnees.jdbc().sql("SELECT principal_name FROM spring_session").query(String.class).single())
                .isEqualTo(id(DonneesDeTest.AGENT));
    }

    /**
     * Spring Session writes a whole row from the copy a request read: a request older than a sign-in, ending after
     * it, must not take the account out of the row (no trigger could then find the session).
     */
    @Test
    void aRequestOlderThanASignInKeepsTheAccountNamed() {
        var sessions = sessions();
        var anonyme = sessions.createSession();
        anonyme.setAttribute("brouillon", "étape 1");
        sessions.save(anonyme);
        ((EcrituresSessionEspacees<?>) stockage).oublier();
        var ancienne = sessions.findById(anonyme.getId());
        var connectee = sessions.findById(anonyme.getId());

        connectee.setAttribute("SPRING_SECURITY_CONTEXT_GS", contexte(DonneesDeTest.AGENT));
        sessions.save(connectee);
        ((EcrituresSessionEspacees<?>) stockage).oublier();
        ancienne.setLastAccessedTime(ancienne.getLastAccessedTime().plus(java.time.Duration.ofMinutes(2)));
        sessions.save(ancienne);

        assertThat(donnees.jdbc().sql("SELECT principal_name FROM spring_session").query(String.class).single())
                .isEqualTo(id(DonneesDeTest.AGENT));
    }

    /** A session signed in for {@code identifiant}, not yet written, its sign-in noted as a login does. */
    private Session signeeEnAttente(String identifiant) {
        ((EcrituresSessionEspacees<?>) stockage).oublier();
        var session = sessions().createSession();
        var contexte = contexte(identifiant);
        session.setAttribute("SPRING_SECURITY_CONTEXT_GS", contexte);
        ConnexionsDeLaRequete.noter((CompteConnecte) contexte.getAuthentication().getPrincipal());
        return session;
    }

    private CompteConnecte compte(String identifiant) {
        var espace = identifiant.equals(DonneesDeTest.USAGER) ? Espace.USAGER : Espace.MAIRIE;
        return (CompteConnecte) authentification.pour(espace).loadUserByUsername(identifiant);
    }

    private SecurityContext contexte(String identifiant) {
        var compte = compte(identifiant);
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(compte, null,
                compte.getAuthorities()));
    }

    @SuppressWarnings("unchecked")
    private SessionRepository<Session> sessions() {
        return (SessionRepository<Session>) stockage;
    }

    private String id(String identifiant) {
        return donnees.jdbc().sql("SELECT id::text FROM compte WHERE identifiant = ?").param(identifiant)
                .query(String.class).single();
    }
}
