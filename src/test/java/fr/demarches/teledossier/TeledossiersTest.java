package fr.demarches.teledossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.Procedure;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class TeledossiersTest {

    private static final String BOITE = "elections@mairie-nanterre.exemple.fr";

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    @Autowired
    fr.demarches.document.Documents documents;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
    }

    @Test
    void aSubmittedDossierIsTransmittedRecordedAndAnnouncedToTheCitizenAndTheCommune() throws Exception {
        var numero = teledossiers.deposer(depot(Procedure.ILE, UUID.randomUUID()), "192.0.2.1");

        var ligne = donnees.jdbc().sql("SELECT etat, procedure, commune_insee FROM teledossier WHERE numero = ?")
                .param(numero.valeur()).query().singleRow();
        assertThat(ligne).containsEntry("etat", "TRANSMIS").containsEntry("procedure", "ILE")
                .containsEntry("commune_insee", DonneesDeTest.NANTERRE);
        assertThat(historique(numero)).isEqualTo(1);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'TELEDOSSIER_DEPOSE' AND objet_id = ?")
                .param(numero.valeur()).query(Long.class).single()).isEqualTo(1);

        var accuse = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 2).getFirst();
        assertThat(accuse.getSubject()).isEqualTo("ILE - " + numero + " : votre demande a été transmise");
        assertThat(Courriels.texte(accuse)).contains(numero.valeur()).contains("Nanterre")
                .contains("Inscription sur les listes électorales");

        var avis = Courriels.tousPour(courriels, BOITE, 2).getFirst();
        assertThat(avis.getSubject()).isEqualTo("ILE - " + numero + " : dossier à traiter");
        String texte = Courriels.texte(avis);
        assertThat(texte).contains(numero.valeur()).contains("/gs");
        assertThat(texte + avis.getSubject()).doesNotContain(DonneesDeTest.USAGER).doesNotContain("Martin")
                .doesNotContain("Camille");
    }

    @Test
    void theSameFormPostedTwiceCreatesOneDossier() {
        var cle = UUID.randomUUID();
        var premier = teledossiers.deposer(depot(Procedure.RCO, cle), null);
        var second = teledossiers.deposer(depot(Procedure.RCO, cle), null);
        assertThat(second).isEqualTo(premier);
        assertThat(nombre()).isEqualTo(1);
    }

    /** The second post froze the piece again before finding the first dossier: that copy is not kept. */
    @Test
    void theSameFormWithAPiecePostedTwiceKeepsOneFrozenCopy() {
        byte[] pdf = fr.demarches.document.Fichiers.pdf(1000);
        var carte = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()),
                fr.demarches.document.TypeDocument.PIECE_IDENTITE, "carte.pdf", new java.io.ByteArrayInputStream(pdf),
                pdf.length);
        var depot = new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID(),
                java.util.List.of(new PieceJointe(carte.id(), carte.type())));
        var premier = teledossiers.deposer(depot, null);
        assertThat(teledossiers.deposer(depot, null)).isEqualTo(premier);
        assertThat(nombre()).isEqualTo(1);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier_piece").query(Long.class).single()).isOne();
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document_fige").query(Long.class).single()).isOne();
    }

    @Test
    void theSameFormPostedTwiceAtTheSameMomentCreatesOneDossier() throws Exception {
        var cle = UUID.randomUUID();
        var numeros = enParallele(8, () -> teledossiers.deposer(depot(Procedure.ILE, cle), null).valeur());
        assertThat(new HashSet<>(numeros)).hasSize(1);
        assertThat(nombre()).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsGetDistinctNumbers() throws Exception {
        var numeros = enParallele(20, () -> teledossiers.deposer(depot(Procedure.ILE, UUID.randomUUID()), null).valeur());
        assertThat(new HashSet<>(numeros)).hasSize(20);
        assertThat(nombre()).isEqualTo(20);
    }

    @Test
    void aCommuneThatIsNotConnectedReceivesNothing() {
        var depot = new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin", "92062",
                Exemples.ile(), UUID.randomUUID());
        assertThatThrownBy(() -> teledossiers.deposer(depot, null)).isInstanceOf(DemarcheNonOuverte.class);
        assertThat(nombre()).isZero();
    }

    @Test
    void anAgentChangesTheStateWithACommentThatReachesTheCitizen() throws Exception {
        var numero = teledossiers.deposer(depot(Procedure.RCO, UUID.randomUUID()), null);
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.ATTENTE_ELEMENTS,
                "Merci d'envoyer la page du livret de famille à elections@nanterre.fr", agent());

        var mails = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 3);
        var mail = mails.stream().filter(m -> Courriels.sujet(m).endsWith("En attente d'éléments complémentaires")).findFirst()
                .orElseThrow();
        assertThat(Courriels.texte(mail)).contains("livret de famille").contains(numero.valeur());
        assertThat(historique(numero)).isEqualTo(2);
        assertThat(etat(numero)).isEqualTo("ATTENTE_ELEMENTS");
    }

    @Test
    void anAgentOfAnotherCommuneIsToldTheDossierDoesNotExist() {
        var numero = teledossiers.deposer(depot(Procedure.ILE, UUID.randomUUID()), null);
        assertThatThrownBy(() -> teledossiers.changerEtat(numero, "92062", EtatTeledossier.CLOS, null, agent()))
                .isInstanceOf(TeledossierIntrouvableException.class);
        assertThat(etat(numero)).isEqualTo("TRANSMIS");
    }

    @Test
    void forbiddenTransitionsAreRefusedAndChangeNothing() {
        var numero = teledossiers.deposer(depot(Procedure.ILE, UUID.randomUUID()), null);
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.CLOS, null, agent());
        assertThatThrownBy(() -> teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.EN_COURS,
                null, agent())).isInstanceOf(TransitionInterditeException.class);
        assertThatThrownBy(() -> teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.TRANSMIS,
                null, agent())).isInstanceOf(TransitionInterditeException.class);
        assertThat(etat(numero)).isEqualTo("CLOS");
        assertThat(historique(numero)).isEqualTo(2);
    }

    @Test
    void theCommuneAdministratorReopensAClosedDossierWithAReason() {
        var numero = teledossiers.deposer(depot(Procedure.ILE, UUID.randomUUID()), null);
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.CLOS, null, agent());
        assertThatThrownBy(() -> teledossiers.rouvrir(numero, DonneesDeTest.NANTERRE, EtatTeledossier.EN_COURS, " ",
                agent())).isInstanceOf(MotifReouvertureManquant.class);
        teledossiers.rouvrir(numero, DonneesDeTest.NANTERRE, EtatTeledossier.EN_COURS, "Clôturé par erreur", agent());
        assertThat(etat(numero)).isEqualTo("EN_COURS");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'TELEDOSSIER_REOUVERT'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private Depot depot(Procedure procedure, UUID cle) {
        return new Depot(procedure, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin", DonneesDeTest.NANTERRE,
                procedure == Procedure.ILE ? Exemples.ile() : Exemples.rco(), cle);
    }

    private Teledossiers.Acteur agent() {
        return new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, "192.0.2.2");
    }

    private long nombre() {
        return donnees.jdbc().sql("SELECT count(*) FROM teledossier").query(Long.class).single();
    }

    private String etat(NumeroTeledossier numero) {
        return donnees.jdbc().sql("SELECT etat FROM teledossier WHERE numero = ?").param(numero.valeur())
                .query(String.class).single();
    }

    private long historique(NumeroTeledossier numero) {
        return donnees.jdbc().sql("SELECT count(*) FROM teledossier_historique h JOIN teledossier t ON t.id = h.teledossier_id "
                + "WHERE t.numero = ?").param(numero.valeur()).query(Long.class).single();
    }


    private static <T> java.util.List<T> enParallele(int n, Callable<T> tache) throws Exception {
        var depart = new CountDownLatch(1);
        var taches = new ArrayList<Callable<T>>();
        for (int i = 0; i < n; i++) {
            taches.add(() -> {
                depart.await();
                return tache.call();
            });
        }
        try (var executeur = Executors.newFixedThreadPool(n)) {
            var futurs = taches.stream().map(executeur::submit).toList();
            depart.countDown();
            var resultats = new ArrayList<T>();
            for (var f : futurs) {
                resultats.add(f.get());
            }
            return resultats;
        }
    }
}
