package fr.demarches.procuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.compte.IdentiteAttestee;
import fr.demarches.compte.QualiteOfficier;
import fr.demarches.compte.TypeUnite;
import fr.demarches.liste.ImportListeElectorale;
import fr.demarches.scrutin.FormulaireScrutin;
import fr.demarches.scrutin.Scrutins;
import fr.demarches.scrutin.TypeScrutin;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class ProcurationsTest {

    @Autowired
    Procurations procurations;

    @Autowired
    ImportListeElectorale importation;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    @Autowired
    fr.demarches.compte.Comptes comptes;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry registre;

    @Autowired
    Scrutins scrutins;

    @Autowired
    fr.demarches.procuration.internal.MandatairesIdentifies mandataires;

    DonneesDeTest.Acteurs acteurs;
    LocalDate scrutin;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
        scrutin = LocalDate.now(donnees.horloge()).plusMonths(2);
    }

    @Test
    void referencesAreSixCharactersWithoutLookAlikesAndUniqueUnderConcurrency() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> taches = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                taches.add(() -> procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1").reference());
            }
            var references = new ArrayList<String>();
            for (Future<String> f : pool.invokeAll(taches)) {
                references.add(f.get());
            }
            assertThat(new HashSet<>(references)).hasSize(120);
            assertThat(references).allMatch(r -> r.matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}"));
            long enAttente = donnees.jdbc().sql("SELECT count(DISTINCT r.reference) FROM reference_en_attente r "
                    + "JOIN procuration p ON p.id = r.procuration_id AND p.reference = r.reference").query(Long.class).single();
            assertThat(enAttente).isEqualTo(120);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * More officers looking references up at once than the pool has connections (10 in tests): a look-up must not
     * hold one connection while it waits for another (its counters), or they all wait for each other until the
     * pool's time-out, as the benchmark showed with 40 officers.
     */
    @Test
    void manyOfficersLookUpAtOnceWithoutExhaustingTheConnectionPool() throws Exception {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        var officiers = new ArrayList<Acteur>();
        for (int i = 0; i < 24; i++) {
            var unite = comptes.creerUnite(TypeUnite.COMMISSARIAT, "Commissariat " + i, "1 rue " + i, "92");
            var id = comptes.creerOfficier("opj.simultane" + i, DonneesDeTest.MOT_DE_PASSE, "Agent", "N° " + i, unite,
                    QualiteOfficier.OPJ, scrutin.plusYears(1));
            officiers.add(new Acteur(id, "opj.simultane" + i, unite, "127.0.0.1"));
        }
        var pool = Executors.newFixedThreadPool(24);
        try {
            List<Callable<Boolean>> taches = new ArrayList<>();
            for (var officier : officiers) {
                taches.add(() -> procurations.rechercher(vue.reference(), officier).isPresent());
            }
            long debut = System.nanoTime();
            for (Future<Boolean> trouvee : pool.invokeAll(taches)) {
                assertThat(trouvee.get()).isTrue();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - debut)).isLessThan(Duration.ofSeconds(20));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theMandantGetsTheReferenceByMailWithWhatToBringAndWhere() {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");

        var recus = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 1);
        assertThat(recus).hasSize(1);
        assertThat(Courriels.texte(recus.get(0))).contains(vue.reference()).contains("pièce d'identité")
                .contains("commissariat").contains("gendarmerie");
        assertThat(vue.etat()).isEqualTo(EtatProcuration.EN_ATTENTE_AUTORITE);
        assertThat(vue.referenceEnAttente()).isEqualTo(vue.reference());
    }

    /** The ballot is over (both rounds), the 60 days are not: the officer can no longer find nor establish it. */
    @Test
    void aRequestWhoseBallotIsOverCanNoLongerBeValidated() {
        var proche = LocalDate.now(donnees.horloge()).plusDays(10);
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), proche), "127.0.0.1");
        donnees.horloge().avancer(Duration.ofDays(18));

        // As a request past its delay: no longer found, so no longer validated.
        assertThat(procurations.rechercher(vue.reference(), Exemples.officier(acteurs))).isEmpty();
        assertThatThrownBy(() -> procurations.validerParAutorite(vue.reference(), PieceIdentite.CNI, "123456789012",
                Exemples.officier(acteurs))).isInstanceOf(ProcurationIntrouvableException.class);
        assertThat(procurations.duMandant(acteurs.usager(), vue.id()).etat()).isEqualTo(EtatProcuration.EXPIREE);
        assertThat(donnees.jdbc().sql("SELECT etablie_le IS NULL FROM procuration").query(Boolean.class).single()).isTrue();
    }

    @Test
    void aPendingRequestExpiresAfterTheDelayAndCanNoLongerBeFound() {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        donnees.horloge().avancer(Duration.ofDays(59));
        assertThat(procurations.rechercher(vue.reference(), Exemples.officier(acteurs))).isPresent();

        donnees.horloge().avancer(Duration.ofDays(1).plusMinutes(1));
        assertThat(procurations.rechercher(vue.reference(), Exemples.officier(acteurs))).isEmpty();
        assertThat(procurations.duMandant(acteurs.usager(), vue.id()).etat()).isEqualTo(EtatProcuration.EXPIREE);

        assertThat(procurations.expirer()).isEqualTo(1);
        assertThat(procurations.expirer()).isZero();
        assertThat(donnees.jdbc().sql("SELECT etat FROM procuration").query(String.class).single()).isEqualTo("EXPIREE");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM reference_en_attente").query(Long.class).single()).isZero();
    }

    @Test
    void theOfficerValidatesWithTheIdentityDocumentAndTheCommuneIsNotifiedWithoutPersonalData() {
        double demandees = etape("en-ligne", "DEMANDEE");
        double validees = etape("reference-officier", "VALIDEE_AUTORITE");
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        Courriels.tousPour(courriels, DonneesDeTest.USAGER, 1);

        var trouvee = procurations.rechercher(" " + vue.reference().toLowerCase().substring(0, 3) + " "
                + vue.reference().toLowerCase().substring(3), Exemples.officier(acteurs));
        assertThat(trouvee).get().extracting(t -> t.vue().nomNaissance()).isEqualTo("Martin");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "19AB12345", Exemples.officier(acteurs));

        var boite = Courriels.tousPour(courriels, "elections@mairie-nanterre.exemple.fr", 3);
        assertThat(boite).hasSize(1);
        assertThat(Courriels.texte(boite.get(0))).contains(vue.reference()).doesNotContain("Martin")
                .doesNotContain("Camille");
        var mandant = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 3);
        assertThat(mandant).hasSize(2);
        assertThat(procurations.recues(DonneesDeTest.NANTERRE, true, 0).lignes()).extracting(LigneProcuration::reference)
                .containsExactly(vue.reference());
        assertThat(donnees.jdbc().sql("SELECT action || ' ' || coalesce(details, '') FROM journal_audit "
                + "WHERE action LIKE 'PROCURATION_%' ORDER BY id").query(String.class).list())
                .containsSubsequence(List.of("PROCURATION_DEMANDEE pour 92050",
                        "PROCURATION_RECHERCHE trouvée, recherche, unité " + acteurs.unite(),
                        "PROCURATION_VALIDEE_AUTORITE pièce vérifiée : Passeport n° 19AB12345, unité " + acteurs.unite()));
        // Validated: the reference is no longer pending.
        assertThat(procurations.rechercher(vue.reference(), Exemples.officier(acteurs))).isEmpty();
        // The metrics count each step by its path: the request online, the validation from the reference.
        assertThat(etape("en-ligne", "DEMANDEE")).isEqualTo(demandees + 1);
        assertThat(etape("reference-officier", "VALIDEE_AUTORITE")).isEqualTo(validees + 1);
    }

    private double etape(String parcours, String etape) {
        return registre.get("demarches.procurations").tag("parcours", parcours).tag("etape", etape).counter().count();
    }

    @Test
    void theFirstProcurationEstablishedForAMandataireWinsTheCeiling() {
        importer(ENTETE + "123456789;Dupont;;Jean;M;03/02/1975;Paris;1;generale\n");
        var a = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        var b = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin.plusWeeks(1)), "127.0.0.1");
        var ailleurs = procurations.deposer(Exemples.demande(acteurs.usager(), Exemples.NNE_MANDATAIRE, Portee.UN_TOUR,
                scrutin.plusMonths(3), scrutin.plusMonths(3)), "127.0.0.1");
        // B (deposited second) is established first.
        procurations.validerParAutorite(b.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        donnees.horloge().avancer(Duration.ofMinutes(5));
        procurations.validerParAutorite(a.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        procurations.validerParAutorite(ailleurs.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));

        assertThat(plafond(b).statut()).isEqualTo(Controle.Statut.REUSSI);
        assertThat(plafond(a).statut()).isEqualTo(Controle.Statut.ECHEC);
        assertThat(plafond(a).raison()).contains(b.reference()).contains("la première établie prévaut");
        assertThat(plafond(ailleurs).statut()).isEqualTo(Controle.Statut.REUSSI);

        // Once B is refused by the commune, A is the only one left.
        procurations.deciderCommune(b.id(), DonneesDeTest.NANTERRE, false, "Mandataire inconnu",
                Exemples.agent(acteurs));
        assertThat(plafond(a).statut()).isEqualTo(Controle.Statut.REUSSI);
    }

    @Test
    void checksAreUnknownWithoutListAndComputedAgainstTheImportedList() {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        assertThat(procurations.pourCommune(vue.id(), DonneesDeTest.NANTERRE).controles())
                .extracting(Controle::statut)
                .containsExactly(Controle.Statut.INCONNU, Controle.Statut.INCONNU, Controle.Statut.INCONNU,
                        Controle.Statut.INCONNU);

        importer("""
                nne;nom_naissance;nom_usage;prenoms;sexe;date_naissance;lieu_naissance;bureau_vote;type_liste
                111111111;MARTIN;;CAMILLE ANNE;F;17/05/1980;Lyon;3;generale
                123456789;Dupont;;Jean;M;03/02/1975;Paris;1;generale
                """);
        var controles = procurations.pourCommune(vue.id(), DonneesDeTest.NANTERRE).controles();
        assertThat(controles).extracting(Controle::statut).containsExactly(Controle.Statut.REUSSI,
                Controle.Statut.REUSSI, Controle.Statut.REUSSI, Controle.Statut.INCONNU);
        assertThat(controles.get(0).raison()).contains("bureau de vote 3");
        assertThat(controles.get(3).raison()).contains("calendrier des scrutins");

        importer("""
                nne;nom_naissance;nom_usage;prenoms;sexe;date_naissance;lieu_naissance;bureau_vote;type_liste
                123456789;Dupont;;Jean;M;04/02/1975;Paris;1;generale
                """);
        assertThat(procurations.pourCommune(vue.id(), DonneesDeTest.NANTERRE).controles())
                .extracting(Controle::statut).startsWith(Controle.Statut.ECHEC, Controle.Statut.ECHEC);
    }

    /**
     * Code électoral L73 across designations: the mandataire named by NNE in one procuration, by civil status with
     * fewer given names or with a hyphen in others, is one person once found on the list; a homonym born another
     * day is another; a mandataire found on no list is "unknown", which automatic validation does not accept.
     */
    @Test
    void theCeilingFindsTheMandataireWhateverTheDesignation() {
        validationAutomatique("987654321;Dupont;;Jean Paul;M;04/02/1975;Paris;2;generale\n");
        var parNne = etablir(Exemples.demande(acteurs.usager(), scrutin));
        donnees.horloge().avancer(Duration.ofMinutes(1));
        var parPrenom = etablir(parEtatCivil("DUPONT", "jean", LocalDate.of(1975, 2, 3), DonneesDeTest.NANTERRE));
        var avecTiret = etablir(parEtatCivil("Dupont", "Jean-Paul", LocalDate.of(1975, 2, 3), DonneesDeTest.NANTERRE));
        var homonyme = etablir(parEtatCivil("Dupont", "Jean Paul", LocalDate.of(1975, 2, 4), DonneesDeTest.NANTERRE));
        var ailleurs = etablir(parEtatCivil("Durand", "Luc", LocalDate.of(1975, 2, 3), "92062"));

        assertThat(plafond(parNne).statut()).isEqualTo(Controle.Statut.REUSSI);
        assertThat(plafond(parNne).raison()).contains("identifié par son numéro national d'électeur");
        assertThat(plafond(parPrenom).statut()).isEqualTo(Controle.Statut.ECHEC);
        assertThat(plafond(parPrenom).raison()).contains("prénoms incomplets").contains("NNE 123456789")
                .contains(parNne.reference());
        assertThat(plafond(avecTiret).statut()).isEqualTo(Controle.Statut.ECHEC);
        assertThat(plafond(avecTiret).raison()).contains("tous ses prénoms").contains(parNne.reference());
        assertThat(plafond(homonyme).statut()).isEqualTo(Controle.Statut.REUSSI);
        assertThat(plafond(homonyme).raison()).contains("NNE 987654321");
        assertThat(plafond(ailleurs).statut()).isEqualTo(Controle.Statut.INCONNU);

        // Automatic validation took only those whose every check passed; not the one over the ceiling, nor the unknown.
        assertThat(etat(parNne)).isEqualTo(EtatProcuration.ACCEPTEE_COMMUNE);
        assertThat(etat(homonyme)).isEqualTo(EtatProcuration.ACCEPTEE_COMMUNE);
        assertThat(etat(parPrenom)).isEqualTo(EtatProcuration.VALIDEE_AUTORITE);
        assertThat(etat(avecTiret)).isEqualTo(EtatProcuration.VALIDEE_AUTORITE);
        assertThat(etat(ailleurs)).isEqualTo(EtatProcuration.VALIDEE_AUTORITE);
    }

    /**
     * Two establishments of one mandataire at once, in a commune that accepts automatically: the first (online,
     * décret 2025-1059) holds its transaction open while an officer establishes the second, a minute later. Without
     * the birth date's row (V217), the second's ceiling did not see the first, and both were accepted: two
     * procurations established in France for one mandataire (L73).
     */
    @Test
    void twoEstablishmentsOfOneMandataireAtOnceAreNotBothAccepted() throws Exception {
        validationAutomatique("");
        var enAttente = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        var eidas3 = new IdentiteAttestee("franceconnect", "eidas3", "sujet", donnees.horloge().instant());
        var deux = donnees.enMemeTemps(
                () -> procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), eidas3, UUID.randomUUID(),
                        "127.0.0.1"),
                () -> donnees.horloge().avancer(Duration.ofMinutes(1)),
                // It checks without the birth date's row, or waits for it.
                () -> procurations.validerParAutorite(enAttente.reference(), PieceIdentite.PASSEPORT, "1",
                        Exemples.officier(acteurs)));
        var enLigne = deux.premiere();

        assertThat(deux.refusSeconde()).isNull();
        assertThat(etat(enLigne)).isEqualTo(EtatProcuration.ACCEPTEE_COMMUNE);
        assertThat(etat(enAttente)).isEqualTo(EtatProcuration.VALIDEE_AUTORITE);
        assertThat(plafond(enAttente).raison()).contains(enLigne.reference()).contains("la première établie prévaut");
    }

    /** An instance whose clock is a little behind still stamps its establishment after the one before (V217). */
    @Test
    void anEstablishmentIsStampedAfterThePreviousOneWhateverTheInstancesClock() {
        var naissance = LocalDate.of(1975, 2, 3);
        var premier = mandataires.etablissement(naissance, donnees.horloge().instant());
        assertThat(mandataires.etablissement(naissance, premier.minusMillis(5))).isAfter(premier);
        assertThat(mandataires.etablissement(naissance.plusDays(1), premier.minusMillis(5)))
                .isEqualTo(premier.minusMillis(5));
    }

    /** The mandant and Dupont Jean Paul (NNE 123456789) on the list, plus {@code autres}; a ballot; automatic validation. */
    private void validationAutomatique(String autres) {
        importer(ENTETE + """
                111111111;Martin;;Camille Anne;F;17/05/1980;Lyon;3;generale
                123456789;Dupont;;Jean Paul;M;03/02/1975;Paris;1;generale
                """ + autres);
        scrutins.enregistrer(null, new FormulaireScrutin("Municipales", TypeScrutin.MUNICIPALES, scrutin.toString(),
                scrutin.plusWeeks(1).toString(), null, FormulaireScrutin.TOUTES, null),
                DonneesDeTest.acteurUsager(acteurs.admin()));
        donnees.jdbc().sql("UPDATE raccordement SET validation_auto_procurations = TRUE WHERE code_insee = ?")
                .param(DonneesDeTest.NANTERRE).update();
    }

    /** The reverse order: by civil status first, then by NNE; the one by NNE is over the ceiling. */
    @Test
    void theCeilingHoldsWhenTheCivilStatusDesignationCameFirst() {
        importer(ENTETE + "123456789;Dupont;;Jean Paul;M;03/02/1975;Paris;1;generale\n");
        var parEtatCivil = etablir(parEtatCivil("Dupont", "Jean", LocalDate.of(1975, 2, 3), DonneesDeTest.NANTERRE));
        donnees.horloge().avancer(Duration.ofMinutes(1));
        var parNne = etablir(Exemples.demande(acteurs.usager(), scrutin));
        assertThat(plafond(parEtatCivil).statut()).isEqualTo(Controle.Statut.REUSSI);
        assertThat(plafond(parNne).statut()).isEqualTo(Controle.Statut.ECHEC);
        assertThat(plafond(parNne).raison()).contains(parEtatCivil.reference());
    }

    private Demande parEtatCivil(String nom, String prenoms, LocalDate naissance, String commune) {
        return new Demande(acteurs.usager(), DonneesDeTest.USAGER, DonneesDeTest.NANTERRE, null, "Martin", null,
                "Camille Anne", LocalDate.of(1980, 5, 17), "Lyon (69)", null, nom, prenoms, naissance, commune,
                Portee.DEUX_TOURS, scrutin, scrutin.plusWeeks(1));
    }

    private VueProcuration etablir(Demande demande) {
        var vue = procurations.deposer(demande, "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        return vue;
    }

    private EtatProcuration etat(VueProcuration vue) {
        return procurations.duMandant(acteurs.usager(), vue.id()).etat();
    }

    @Test
    void theReceivedProcurationsAreAllReachablePageByPage() {
        var vue = etablir(Exemples.demande(acteurs.usager(), scrutin));
        // 100 more of the same, established earlier: 101 to decide, one page and one row.
        donnees.jdbc().sql("""
                INSERT INTO procuration
                SELECT (jsonb_populate_record(NULL::procuration, to_jsonb(p) || jsonb_build_object('id',
                        gen_random_uuid(), 'reference', upper(substr(md5(random()::text || n), 1, 6)),
                        'cle_idempotence', NULL, 'etablie_le', p.etablie_le - interval '1 hour'))).*
                FROM procuration p, generate_series(1, 100) n WHERE p.reference = ?
                """).param(vue.reference()).update();

        var premiere = procurations.recues(DonneesDeTest.NANTERRE, true, 0);
        var seconde = procurations.recues(DonneesDeTest.NANTERRE, true, 1);

        assertThat(premiere.lignes()).hasSize(100).first().extracting(LigneProcuration::reference)
                .isEqualTo(vue.reference());
        assertThat(premiere.suivante()).isTrue();
        assertThat(seconde.lignes()).hasSize(1);
        assertThat(seconde.suivante()).isFalse();
        assertThat(procurations.recues(DonneesDeTest.NANTERRE, true, 2).lignes()).isEmpty();
    }

    @Test
    void anotherCommunesProcurationIsNotFound() {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        assertThatThrownBy(() -> procurations.pourCommune(vue.id(), "92062"))
                .isInstanceOf(ProcurationIntrouvableException.class);
        assertThatThrownBy(() -> procurations.deciderCommune(vue.id(), "92062", true, null, Exemples.agent(acteurs)))
                .isInstanceOf(ProcurationIntrouvableException.class);
        assertThat(procurations.recues("92062", false, 0).lignes()).isEmpty();
    }

    @Test
    void aCancellationGetsANewReferenceAndIsValidatedByAnOfficer() {
        var vue = procurations.deposer(Exemples.demande(acteurs.usager(), scrutin), "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        procurations.deciderCommune(vue.id(), DonneesDeTest.NANTERRE, true, null, Exemples.agent(acteurs));

        var resiliation = procurations.demanderResiliation(acteurs.usager(), vue.id(), "127.0.0.1");
        String reference = resiliation.referenceEnAttente();
        assertThat(reference).isNotEqualTo(vue.reference()).matches("[A-Z2-9]{6}");
        assertThat(resiliation.resiliable()).isFalse();
        var trouvee = procurations.rechercher(reference, Exemples.officier(acteurs)).orElseThrow();
        assertThat(trouvee.resiliation()).isTrue();
        procurations.validerParAutorite(reference, PieceIdentite.CNI, "X1", Exemples.officier(acteurs));

        assertThat(procurations.duMandant(acteurs.usager(), vue.id()).etat()).isEqualTo(EtatProcuration.RESILIEE);
        // Reference, validation, acceptance, cancellation reference, cancelled; and two notices to the commune.
        var mails = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 7);
        assertThat(mails).anyMatch(m -> Courriels.texte(m).contains(reference))
                .anyMatch(m -> Courriels.texte(m).contains("Résiliée"));
        assertThat(Courriels.tousPour(courriels, "elections@mairie-nanterre.exemple.fr", 7))
                .anyMatch(m -> Courriels.texte(m).contains("résiliée"));
    }

    @Test
    void theRegistreListsAcceptedProcurationsCoveringTheDateByPollingStationThenName() {
        importer("""
                nne;nom_naissance;nom_usage;prenoms;sexe;date_naissance;lieu_naissance;bureau_vote;type_liste
                111111111;Martin;;Camille Anne;F;17/05/1980;Lyon;2;generale
                222222222;Abel;;Zoé;F;01/01/1990;Nice;2;generale
                333333333;Zola;;Émile;M;01/01/1970;Paris;1;generale
                """);
        var martin = accepter(new Demande(acteurs.usager(), DonneesDeTest.USAGER, DonneesDeTest.NANTERRE, null, "Martin",
                null, "Camille Anne", LocalDate.of(1980, 5, 17), "Lyon", "900000001", null, null,
                LocalDate.of(1970, 1, 1), null, Portee.UN_TOUR, scrutin, scrutin));
        var abel = accepter(new Demande(acteurs.usager(), DonneesDeTest.USAGER, DonneesDeTest.NANTERRE, "222222222",
                "Abel", null, "Zoé", LocalDate.of(1990, 1, 1), "Nice", "900000002", null, null,
                LocalDate.of(1970, 1, 1), null, Portee.PERIODE, scrutin.minusMonths(1), scrutin.plusMonths(6)));
        var zola = accepter(new Demande(acteurs.usager(), DonneesDeTest.USAGER, DonneesDeTest.NANTERRE, null, "Zola",
                null, "Émile", LocalDate.of(1970, 1, 1), "Paris", null, "Hugo", "Victor", LocalDate.of(1960, 1, 1),
                "92062", Portee.UN_TOUR, scrutin, scrutin));
        accepter(Exemples.demande(acteurs.usager(), "900000003", Portee.UN_TOUR, scrutin.plusDays(7), scrutin.plusDays(7)));

        var registre = procurations.registre(DonneesDeTest.NANTERRE, scrutin, Exemples.agent(acteurs));
        assertThat(registre).extracting(LigneRegistre::reference).containsExactly(zola, abel, martin);
        assertThat(registre).extracting(LigneRegistre::bureauVote).containsExactly("1", "2", "2");
        assertThat(registre.get(0).mandataire()).isEqualTo("Victor Hugo");
    }

    private String accepter(Demande demande) {
        var vue = procurations.deposer(demande, "127.0.0.1");
        procurations.validerParAutorite(vue.reference(), PieceIdentite.PASSEPORT, "1", Exemples.officier(acteurs));
        procurations.deciderCommune(vue.id(), DonneesDeTest.NANTERRE, true, null, Exemples.agent(acteurs));
        return vue.reference();
    }

    private static final String ENTETE =
            "nne;nom_naissance;nom_usage;prenoms;sexe;date_naissance;lieu_naissance;bureau_vote;type_liste\n";

    private void importer(String csv) {
        var rapport = importation.importer(DonneesDeTest.NANTERRE, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                acteurs.adminCommune(), DonneesDeTest.ADMIN_COMMUNE, "127.0.0.1");
        assertThat(rapport.erreurs()).isEmpty();
    }

    private Controle plafond(VueProcuration vue) {
        return procurations.pourCommune(vue.id(), DonneesDeTest.NANTERRE).controles().get(2);
    }
}
