package fr.demarches.procuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.compte.IdentitesExternes;
import fr.demarches.demo.FournisseurIdentiteLocal;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.NavigateurOidc;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The procuration established online (décret n° 2025-1059) for a mandant signed in through FranceConnect at level
 * eidas3, and the usual path with a reference at eidas1: real protocol against the tests' OpenID provider.
 */
@TestIntegration
class ProcurationEnLigneTest {

    static final FournisseurIdentiteLocal.Identite ANGELA = FournisseurIdentiteLocal.IDENTITES_DEMO.get(0);
    static final FournisseurIdentiteLocal.Identite JEAN = FournisseurIdentiteLocal.IDENTITES_DEMO.get(1);

    @LocalServerPort
    int port;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    FournisseurIdentiteLocal fournisseur;

    @Autowired
    IdentitesExternes identites;

    @Autowired
    Procurations procurations;

    @Autowired
    GreenMail courriels;

    LocalDate scrutin;

    @BeforeEach
    void preparer() {
        donnees.acteurs();
        fournisseur.autoriserApplication("http://localhost:" + port);
        scrutin = LocalDate.now(donnees.horloge()).plusMonths(2);
    }

    @Test
    void atLevelEidas3TheRequestIsEstablishedAtOnceAndReachesTheCommuneWithNoOfficer() throws Exception {
        var navigateur = connecte(JEAN);
        var formulaire = navigateur.get("/procuration/nouvelle").body();
        assertThat(formulaire).contains("Procuration établie entièrement en ligne")
                .contains("Données certifiées par FranceConnect");
        assertThat(formulaire).as("prérempli depuis l'identité certifiée").contains("value=\"DURAND\"")
                .contains("value=\"Jean Paul\"").contains("value=\"1985-03-14\"").contains("value=\"Nanterre (92)\"");

        var envoi = navigateur.poster("/procuration", formulaire, champs("DURAND"));
        URI page = NavigateurOidc.destination(envoi);
        assertThat(page.getPath()).startsWith("/procuration/");
        assertThat(navigateur.get(page).body()).contains("établie en ligne").doesNotContain("Référence à présenter");

        UUID id = UUID.fromString(page.getPath().substring("/procuration/".length()));
        var ligne = donnees.jdbc().sql("""
                SELECT etat, officier_id, piece_type, identite_fournisseur, identite_niveau, identite_sujet,
                       identite_authentifiee_le IS NOT NULL AS authentifiee, etablie_le IS NOT NULL AS etablie
                FROM procuration WHERE id = ?""").param(id).query().singleRow();
        assertThat(ligne.get("etat")).isEqualTo("VALIDEE_AUTORITE");
        assertThat(ligne.get("officier_id")).isNull();
        assertThat(ligne.get("piece_type")).isNull();
        assertThat(ligne.get("identite_fournisseur")).isEqualTo("franceconnect");
        assertThat(ligne.get("identite_niveau")).isEqualTo("eidas3");
        assertThat(ligne.get("identite_sujet")).isEqualTo(JEAN.sub());
        assertThat(ligne.get("authentifiee")).isEqualTo(true);
        assertThat(ligne.get("etablie")).isEqualTo(true);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM reference_en_attente").query(Long.class).single())
                .as("aucune référence à présenter").isZero();
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'PROCURATION_ETABLIE_EN_LIGNE' "
                + "AND details LIKE '%eidas3%'").query(Long.class).single()).isEqualTo(1);

        // At the commune: received at once, with its automated checks and how identity was attested.
        var recues = procurations.recues(DonneesDeTest.NANTERRE, true, 0).lignes();
        assertThat(recues).hasSize(1);
        var vue = procurations.pourCommune(id, DonneesDeTest.NANTERRE);
        assertThat(vue.etablieEnLigne()).isTrue();
        assertThat(vue.identiteAttestee()).contains("FranceConnect").contains("eidas3").contains(JEAN.sub());
        assertThat(vue.controles()).isNotEmpty();

        // Mails: the mandant is told no visit is needed; the commune that it was established online.
        var mails = Courriels.attendre(courriels, 2);
        var mandant = mails.stream().filter(m -> Courriels.destinataire(m).equals("jean.durand@exemple.fr"))
                .findFirst().orElseThrow();
        assertThat(Courriels.texte(mandant)).contains("établie en ligne").contains("pas à vous déplacer");
        var commune = mails.stream().filter(m -> !Courriels.destinataire(m).equals("jean.durand@exemple.fr"))
                .findFirst().orElseThrow();
        assertThat(Courriels.sujet(commune)).contains("établie en ligne");

        // The résiliation, at the same level, is established online too.
        var detail = navigateur.get(page).body();
        var resiliation = navigateur.poster(page.getPath() + "/resiliation", detail);
        assertThat(resiliation.statusCode()).isEqualTo(302);
        assertThat(donnees.jdbc().sql("SELECT etat FROM procuration WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("RESILIEE");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM reference_en_attente").query(Long.class).single()).isZero();
    }

    /**
     * A cancellation asked with a password waits for an officer with its reference; signed in at eidas3, the mandant
     * establishes it online instead (the form was hidden while it waited, the post refused).
     */
    @Test
    void atLevelEidas3ACancellationWaitingForAnOfficerIsEstablishedOnline() throws Exception {
        var navigateur = connecte(JEAN);
        var formulaire = navigateur.get("/procuration/nouvelle").body();
        URI page = NavigateurOidc.destination(navigateur.poster("/procuration", formulaire, champs("DURAND")));
        UUID id = UUID.fromString(page.getPath().substring("/procuration/".length()));
        UUID usager = donnees.jdbc().sql("SELECT usager_id FROM procuration WHERE id = ?").param(id).query(UUID.class)
                .single();
        procurations.demanderResiliation(usager, id, "127.0.0.1");

        var detail = navigateur.get(page).body();
        assertThat(detail).contains("Résiliation : référence à présenter").contains("Résilier en ligne");
        assertThat(navigateur.poster(page.getPath() + "/resiliation", detail).statusCode()).isEqualTo(302);
        assertThat(donnees.jdbc().sql("SELECT etat FROM procuration WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("RESILIEE");
        assertThat(navigateur.get(page).body()).contains("Votre procuration est résiliée")
                .doesNotContain("recevoir la référence");
        assertThat(donnees.jdbc().sql("SELECT details FROM journal_audit WHERE action = 'PROCURATION_RESILIEE_EN_LIGNE'")
                .query(String.class).single()).contains("référence de résiliation").contains("libérée");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM reference_en_attente").query(Long.class).single()).isZero();
    }

    @Test
    void atLevelEidas1TheFormSaysWhyAndTheRequestWaitsForAnOfficerWithItsReference() throws Exception {
        var navigateur = connecte(ANGELA);
        var formulaire = navigateur.get("/procuration/nouvelle").body();
        assertThat(formulaire).contains("Validation dans un commissariat ou une gendarmerie").contains("eidas1");

        var envoi = navigateur.poster("/procuration", formulaire, champs("DUBOIS"));
        URI page = NavigateurOidc.destination(envoi);
        assertThat(navigateur.get(page).body()).contains("Référence à présenter");
        var ligne = donnees.jdbc().sql("SELECT etat, identite_niveau, etablie_le FROM procuration").query().singleRow();
        assertThat(ligne.get("etat")).isEqualTo("EN_ATTENTE_AUTORITE");
        assertThat(ligne.get("identite_niveau")).isEqualTo("eidas1");
        assertThat(ligne.get("etablie_le")).isNull();
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM reference_en_attente").query(Long.class).single())
                .isEqualTo(1);
        assertThat(procurations.recues(DonneesDeTest.NANTERRE, false, 0).lignes()).isEmpty();
    }

    @Test
    void aForgedPostChangingACertifiedFieldIsRefusedAndNothingIsFiled() throws Exception {
        var navigateur = connecte(JEAN);
        var formulaire = navigateur.get("/procuration/nouvelle").body();
        var refus = navigateur.poster("/procuration", formulaire, champs("DUPONT"));
        assertThat(refus.statusCode()).isEqualTo(200);
        assertThat(refus.body()).contains("Donnée certifiée par FranceConnect : elle ne peut pas être modifiée.");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM procuration").query(Long.class).single()).isZero();
    }

    @Test
    void aPasswordSignInKeepsTheReferencePathAndThePrefilledProfile() throws Exception {
        var navigateur = new NavigateurOidc(port);
        var connexion = navigateur.get("/connexion").body();
        navigateur.poster("/connexion", connexion, "identifiant", DonneesDeTest.USAGER, "motDePasse",
                DonneesDeTest.MOT_DE_PASSE);
        var formulaire = navigateur.get("/procuration/nouvelle").body();
        assertThat(formulaire).contains("Vous vous êtes connecté(e) avec un mot de passe")
                .doesNotContain("Données certifiées par FranceConnect");
    }

    private NavigateurOidc connecte(FournisseurIdentiteLocal.Identite identite) throws Exception {
        var navigateur = new NavigateurOidc(port);
        navigateur.seConnecterParFranceConnectEnCreant(fournisseur.emetteur(), identite.sub());
        assertThat(identites.compteDe("franceconnect", identite.sub())).isPresent();
        return navigateur;
    }

    /** The request as the prefilled form sends it, the birth name as given (a forged one to test the refusal). */
    private String[] champs(String nomNaissance) {
        var liste = new ArrayList<>(Arrays.asList("codePostal", "92000", "communeInsee", "", "nneMandant", "",
                "nomNaissance", nomNaissance, "nomUsage", "", "prenoms", "DUBOIS".equals(nomNaissance)
                        ? "Angela Claire Louise" : "Jean Paul",
                "dateNaissance", "DUBOIS".equals(nomNaissance) ? "1962-08-24" : "1985-03-14",
                "lieuNaissance", "DUBOIS".equals(nomNaissance) ? "Lyon (69)" : "Nanterre (92)",
                "modeMandataire", "NNE", "nneMandataire", "123456789", "dateNaissanceMandataire", "1975-02-03",
                "nomNaissanceMandataire", "", "prenomsMandataire", "", "codePostalMandataire", "",
                "communeMandataire", "", "portee", "DEUX_TOURS", "debut", scrutin.toString(), "fin",
                scrutin.plusWeeks(1).toString()));
        return liste.toArray(String[]::new);
    }
}
