package fr.demarches.portail.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import fr.demarches.compte.IdentitesExternes;
import fr.demarches.compte.Profils;
import fr.demarches.demo.FournisseurIdentiteLocal;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.NavigateurOidc;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The FranceConnect sign-in over the real protocol, against the tests' OpenID provider on its own port: authorization
 * code with state, nonce and PKCE, signed ID token and userinfo checked against the provider's JWKS.
 */
@TestIntegration
class FranceConnectTest {

    static final FournisseurIdentiteLocal.Identite ANGELA = FournisseurIdentiteLocal.IDENTITES_DEMO.get(0);
    static final FournisseurIdentiteLocal.Identite JEAN = FournisseurIdentiteLocal.IDENTITES_DEMO.get(1);
    static final FournisseurIdentiteLocal.Identite CAMILLE = FournisseurIdentiteLocal.IDENTITES_DEMO.get(2);

    @LocalServerPort
    int port;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    FournisseurIdentiteLocal fournisseur;

    @Autowired
    IdentitesExternes identites;

    @Autowired
    Profils profils;

    DonneesDeTest.Acteurs acteurs;

    NavigateurOidc navigateur;

    @BeforeEach
    void preparer() {
        acteurs = donnees.acteurs();
        fournisseur.autoriserApplication("http://localhost:" + port);
        fournisseur.autoriserApplication("http://localhost:8080");
        navigateur = new NavigateurOidc(port);
    }

    @Test
    void anUnknownIdentityOpensAnAccountOnlyOnceTheCitizenChoosesAndThenSignsItIn() throws Exception {
        var retour = seConnecter(navigateur, ANGELA);
        assertThat(NavigateurOidc.destination(retour).getPath()).isEqualTo("/connexion/franceconnect/premiere");
        assertThat(identites.compteDe("franceconnect", ANGELA.sub())).as("rien n'est créé avant le choix").isEmpty();
        assertThat(navigateur.get("/tableau-de-bord").statusCode()).as("pas encore connecté").isEqualTo(302);

        var choix = navigateur.get("/connexion/franceconnect/premiere");
        assertThat(choix.body()).contains("Angela Claire Louise DUBOIS").contains("angela.dubois@exemple.fr");
        var cree = navigateur.poster("/connexion/franceconnect/creer", choix.body());
        assertThat(NavigateurOidc.destination(cree).getPath()).isEqualTo("/compte/informations");

        var compte = identites.compteDe("franceconnect", ANGELA.sub()).orElseThrow();
        var profil = profils.de(compte).orElseThrow();
        assertThat(profil.nomNaissance()).isEqualTo("DUBOIS");
        assertThat(profil.prenoms()).isEqualTo("Angela Claire Louise");
        assertThat(profil.sexe()).isEqualTo("F");
        assertThat(profil.dateNaissance()).hasToString("1962-08-24");
        assertThat(profil.naissanceCommuneInsee()).isEqualTo("69123");
        assertThat(profils.certification(compte)).isPresent();

        var informations = navigateur.get("/compte/informations");
        assertThat(informations.statusCode()).isEqualTo(200);
        assertThat(informations.body()).contains("Données certifiées par FranceConnect");

        // Signed out (FranceConnect's session too), a new sign-in with the same identity opens the same account.
        var sortie = navigateur.poster("/deconnexion", informations.body());
        URI finDeSession = NavigateurOidc.destination(sortie);
        assertThat(finDeSession.toString()).startsWith(fournisseur.emetteur() + "/api/v2/session/end")
                .contains("id_token_hint=").contains("post_logout_redirect_uri=");
        var autre = new NavigateurOidc(port);
        var deNouveau = seConnecter(autre, ANGELA);
        assertThat(NavigateurOidc.destination(deNouveau).getPath()).isEqualTo("/");
        assertThat(autre.get("/tableau-de-bord").statusCode()).isEqualTo(200);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM compte WHERE identifiant = 'angela.dubois@exemple.fr'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anExistingPasswordAccountIsLinkedAfterSigningInWithItOnce() throws Exception {
        var retour = seConnecter(navigateur, CAMILLE);
        assertThat(NavigateurOidc.destination(retour).getPath()).isEqualTo("/connexion/franceconnect/premiere");
        var choix = navigateur.get("/connexion/franceconnect/premiere");

        // The address FranceConnect gives already has an account: no second account, the citizen is told to link.
        var refuse = navigateur.poster("/connexion/franceconnect/creer", choix.body());
        assertThat(refuse.body()).contains("connectez-vous avec son mot de passe");
        assertThat(identites.compteDe("franceconnect", CAMILLE.sub())).isEmpty();

        var lie = navigateur.poster("/connexion", refuse.body(), "identifiant", DonneesDeTest.USAGER, "motDePasse",
                DonneesDeTest.MOT_DE_PASSE, "lierFranceConnect", "true");
        assertThat(lie.statusCode()).isEqualTo(302);
        assertThat(identites.compteDe("franceconnect", CAMILLE.sub())).contains(acteurs.usager());
        assertThat(profils.certification(acteurs.usager())).isPresent();

        // From now on FranceConnect alone opens that account.
        var autre = new NavigateurOidc(port);
        assertThat(NavigateurOidc.destination(seConnecter(autre, CAMILLE)).getPath()).isEqualTo("/");
        assertThat(autre.get("/compte/informations").body()).contains("MARTIN");
    }

    @Test
    void anIdentityLeftWaitingIsNotLinkedToTheNextPasswordSignInOfTheOrdinaryLoginPage() throws Exception {
        // Someone stops at the first sign-in page of a shared computer; the next person signs in to their account.
        var retour = seConnecter(navigateur, CAMILLE);
        assertThat(NavigateurOidc.destination(retour).getPath()).isEqualTo("/connexion/franceconnect/premiere");
        var connexion = navigateur.get("/connexion");

        assertThat(navigateur.poster("/connexion", connexion.body(), "identifiant", DonneesDeTest.USAGER, "motDePasse",
                DonneesDeTest.MOT_DE_PASSE).statusCode()).isEqualTo(302);

        assertThat(identites.compteDe("franceconnect", CAMILLE.sub())).isEmpty();
        assertThat(profils.certification(acteurs.usager())).isEmpty();
    }

    @Test
    void certifiedFieldsAreLockedAndAForgedPostChangingThemIsRefused() throws Exception {
        seConnecterEtCreer(navigateur, ANGELA);
        var page = navigateur.get("/compte/informations").body();
        assertThat(page).contains("Données certifiées par FranceConnect");
        assertThat(page).containsPattern("id=\"nomNaissance\"[^>]*readonly|readonly[^>]*id=\"nomNaissance\"");

        var compte = identites.compteDe("franceconnect", ANGELA.sub()).orElseThrow();
        var falsifie = navigateur.poster("/compte/informations", page, "sexe", "F", "nomNaissance", "DUPONT",
                "prenoms", "Angela Claire Louise", "dateNaissance", "24/08/1962", "lieuNaissance", "FRANCE",
                "codePostalNaissance", "69001", "naissanceCommuneInsee", "69123", "nationalite", "Française",
                "adresse", "1 rue de la Paix", "codePostal", "92000", "communeInsee", "92050", "action", "enregistrer");
        assertThat(falsifie.statusCode()).isEqualTo(409);
        assertThat(profils.de(compte).orElseThrow().nomNaissance()).isEqualTo("DUBOIS");
        // The refusal is journaled, although it rolls the refused change back.
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'PROFIL_CERTIFIE_MODIFICATION_REFUSEE' "
                + "AND acteur_id = ?").param(compte).query(Long.class).single()).isEqualTo(1);

        // The rest stays editable.
        var adresse = navigateur.poster("/compte/informations", page, "sexe", "F", "nomNaissance", "DUBOIS",
                "prenoms", "Angela Claire Louise", "dateNaissance", "24/08/1962", "lieuNaissance", "FRANCE",
                "codePostalNaissance", "69001", "naissanceCommuneInsee", "69123", "nationalite", "Française",
                "adresse", "1 rue de la Paix", "codePostal", "92000", "communeInsee", "92050", "action", "enregistrer");
        assertThat(adresse.statusCode()).isEqualTo(302);
        assertThat(profils.de(compte).orElseThrow().adresse()).isEqualTo("1 rue de la Paix");
    }

    @Test
    void aTamperedStateIsRefusedAndNothingIsCreated() throws Exception {
        var retour = jusquAuRetour(navigateur, ANGELA);
        var falsifie = UriComponentsBuilder.fromUri(retour).replaceQueryParam("state", "etat-invente").build(true).toUri();
        var reponse = navigateur.get(falsifie);
        assertThat(NavigateurOidc.destination(reponse).getPath()).isEqualTo("/connexion");
        assertThat(navigateur.get("/connexion").body()).contains("La connexion avec FranceConnect n&#39;a pas abouti");
        assertThat(identites.compteDe("franceconnect", ANGELA.sub())).isEmpty();
        assertThat(navigateur.get("/tableau-de-bord").statusCode()).isEqualTo(302);
    }

    @Test
    void aTamperedNonceIsRefusedAndNothingIsCreated() throws Exception {
        // The nonce sent to the provider is changed on the way: the ID token carries it back, unlike ours.
        var versFournisseur = NavigateurOidc.destination(navigateur.get("/oauth2/authorization/franceconnect"));
        var falsifie = UriComponentsBuilder.fromUri(versFournisseur).replaceQueryParam("nonce", "nonce-invente")
                .build(true).toUri();
        var page = navigateur.suivre(navigateur.get(falsifie), u -> true);
        var choisie = navigateur.poster(URI.create(fournisseur.emetteur() + "/connexion"), page.body(), "identite",
                ANGELA.sub(), "code", "demo");
        var retour = NavigateurOidc.destination(navigateur.suivre(choisie, u -> u.getPort() != port));
        assertThat(retour.getPath()).isEqualTo("/login/oauth2/code/franceconnect");
        var reponse = navigateur.get(retour);
        assertThat(NavigateurOidc.destination(reponse).getPath()).isEqualTo("/connexion");
        assertThat(identites.compteDe("franceconnect", ANGELA.sub())).isEmpty();
        assertThat(navigateur.get("/tableau-de-bord").statusCode()).isEqualTo(302);
    }

    @Test
    void aCodeReplayedInAnotherBrowserIsRefused() throws Exception {
        // The code came back for one browser's request (its state, nonce and PKCE verifier are in its session).
        var retour = jusquAuRetour(navigateur, ANGELA);
        var intrus = new NavigateurOidc(port);
        intrus.get("/connexion");
        var reponse = intrus.get(retour);
        assertThat(NavigateurOidc.destination(reponse).getPath()).isEqualTo("/connexion");
        assertThat(identites.compteDe("franceconnect", ANGELA.sub())).isEmpty();
    }

    @Test
    void cancellingAtTheProviderComesBackToTheLoginPageWithAFrenchMessage() throws Exception {
        var page = jusquALaPageDuFournisseur(navigateur);
        var annulation = navigateur.get(URI.create(fournisseur.emetteur() + "/annuler"));
        var retour = NavigateurOidc.destination(annulation);
        assertThat(retour.getQuery()).contains("error=access_denied");
        var reponse = navigateur.get(retour);
        assertThat(NavigateurOidc.destination(reponse).getPath()).isEqualTo("/connexion");
        assertThat(navigateur.get("/connexion").body()).contains("Vous avez annulé la connexion avec FranceConnect.");
        assertThat(page).contains("Fournisseur d'identité de démonstration");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM identite_externe").query(Long.class).single()).isZero();
    }

    @Test
    void theAuthorizationRequestCarriesStateNoncePkceAndTheConfiguredLevel() throws Exception {
        var versFournisseur = NavigateurOidc.destination(navigateur.get("/oauth2/authorization/franceconnect"));
        var parametres = UriComponentsBuilder.fromUri(versFournisseur).build().getQueryParams();
        assertThat(versFournisseur.toString()).startsWith(fournisseur.emetteur() + "/api/v2/authorize");
        assertThat(parametres.keySet()).contains("state", "nonce", "code_challenge", "code_challenge_method");
        assertThat(parametres.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(parametres.getFirst("acr_values")).isEqualTo("eidas1");
        assertThat(parametres.getFirst("scope")).contains("openid").contains("given_name").contains("birthplace");
    }

    @Test
    void theLoginAndSignUpPagesShowTheFranceConnectButton() throws Exception {
        for (String chemin : List.of("/connexion", "/inscription")) {
            var page = navigateur.get(chemin).body();
            assertThat(page).contains("fr-connect").contains("S’identifier avec")
                    .contains("Qu’est-ce que FranceConnect ?");
        }
        assertThat(navigateur.get("/gs/connexion").body()).doesNotContain("fr-connect");
        // The button and the sign-out are forms redirected to the provider: its origin is an allowed form target.
        assertThat(navigateur.get("/connexion").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + fournisseur.emetteur() + ";");
        assertThat(navigateur.get("/gs/connexion").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self';");
    }

    // ---- The protocol's steps

    /** Up to the provider's page, where the person picks an identity; its HTML. */
    String jusquALaPageDuFournisseur(NavigateurOidc n) throws Exception {
        var bouton = n.get("/connexion/franceconnect");
        var page = n.suivre(bouton, u -> true);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().toString()).startsWith(fournisseur.emetteur() + "/connexion");
        return page.body();
    }

    URI jusquAuRetour(NavigateurOidc n, FournisseurIdentiteLocal.Identite identite) throws Exception {
        return n.jusquAuRetour(fournisseur.emetteur(), identite.sub());
    }

    HttpResponse<String> seConnecter(NavigateurOidc n, FournisseurIdentiteLocal.Identite identite) throws Exception {
        return n.seConnecterParFranceConnect(fournisseur.emetteur(), identite.sub());
    }

    void seConnecterEtCreer(NavigateurOidc n, FournisseurIdentiteLocal.Identite identite) throws Exception {
        seConnecter(n, identite);
        var choix = n.get("/connexion/franceconnect/premiere");
        assertThat(n.poster("/connexion/franceconnect/creer", choix.body()).statusCode()).isEqualTo(302);
    }
}
