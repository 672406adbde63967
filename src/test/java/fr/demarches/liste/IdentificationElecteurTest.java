package fr.demarches.liste;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.demarches.liste.IdentificationElecteur.Correspondance;
import fr.demarches.liste.IdentificationElecteur.Designation;
import fr.demarches.liste.IdentificationElecteur.Resultat;

import org.junit.jupiter.api.Test;

/** Code électoral R.60 and the REU: who a designation names on a list, never a guess. */
class IdentificationElecteurTest {

    private static final LocalDate NEE_17_05_1980 = LocalDate.of(1980, 5, 17);
    private static final LocalDate NEE_18_05_1980 = LocalDate.of(1980, 5, 18);
    private static final Electeur MARIE_ANNE = electeur("111111111", "Lefèvre", "Marie Anne", NEE_17_05_1980);
    private static final Electeur JEAN_PIERRE = electeur("222222222", "Durand", "Jean-Pierre", LocalDate.of(1975, 2, 3));
    private static final Electeur HOMONYME = electeur("333333333", "Lefèvre", "Marie Anne", NEE_18_05_1980);

    private static Electeur electeur(String nne, String nom, String prenoms, LocalDate naissance) {
        return new Electeur("92050", nne, TypeListe.GENERALE, nom, null, prenoms, "F", naissance, "Lyon", "3");
    }

    private static Resultat parEtatCivil(String nom, String prenoms, LocalDate naissance, Electeur... liste) {
        return IdentificationElecteur.identifier(Designation.parEtatCivil(nom, prenoms, naissance), List.of(liste));
    }

    @Test
    void allGivenNamesIgnoringCaseAccentsAndHyphens() {
        assertThat(parEtatCivil("LEFEVRE", "marie-anne", NEE_17_05_1980, MARIE_ANNE, HOMONYME))
                .isEqualTo(new Resultat.Identifie(MARIE_ANNE, Correspondance.ETAT_CIVIL));
        assertThat(parEtatCivil("Durand", "Jean Pierre", LocalDate.of(1975, 2, 3), JEAN_PIERRE))
                .isEqualTo(new Resultat.Identifie(JEAN_PIERRE, Correspondance.ETAT_CIVIL));
    }

    /** Circulaire du 23 juillet 2014 (état civil): Œ and Æ are letters; a list typed without them writes OE, AE. */
    @Test
    void aLigatureIsTheTwoLettersItJoins() {
        assertThat(EtatCivil.cle("Bœuf", "Lætitia Marie", NEE_17_05_1980))
                .isEqualTo(EtatCivil.cle("BOEUF", "LAETITIA MARIE", NEE_17_05_1980))
                .isEqualTo("BOEUF|LAETITIA MARIE|1980-05-17");
        assertThat(EtatCivil.normaliser("CŒUR-DE-LION")).isEqualTo("COEUR DE LION");
    }

    @Test
    void fewerGivenNamesNameTheOnlyElectorWhoseFirstGivenNamesTheyAre() {
        var marie = parEtatCivil("Lefevre", "Marie", NEE_17_05_1980, MARIE_ANNE);
        assertThat(marie).isEqualTo(new Resultat.Identifie(MARIE_ANNE, Correspondance.PRENOMS_PARTIELS));
        assertThat(((Resultat.Identifie) marie).explication()).contains("prénoms incomplets")
                .contains("NNE 111111111").contains("Marie Anne");
        // The list may have fewer given names than the designation, too.
        var courte = electeur("444444444", "Petit", "Léa", NEE_17_05_1980);
        assertThat(parEtatCivil("Petit", "Léa Rose", NEE_17_05_1980, courte)).isEqualTo(
                new Resultat.Identifie(courte, Correspondance.PRENOMS_PARTIELS));
    }

    @Test
    void givenNamesOutOfOrderOrPartOfAComposedOneDoNotMatch() {
        assertThat(parEtatCivil("Lefevre", "Anne", NEE_17_05_1980, MARIE_ANNE)).isEqualTo(new Resultat.NonTrouve());
        assertThat(parEtatCivil("Lefevre", "Anne Marie", NEE_17_05_1980, MARIE_ANNE)).isEqualTo(new Resultat.NonTrouve());
        assertThat(parEtatCivil("Lefevre", "Marie Claire", NEE_17_05_1980, MARIE_ANNE))
                .isEqualTo(new Resultat.NonTrouve());
        assertThat(parEtatCivil("Durand", "Jean", LocalDate.of(1975, 2, 3), JEAN_PIERRE))
                .isEqualTo(new Resultat.NonTrouve());
    }

    @Test
    void aHomonymWithAnotherBirthDateIsAnotherPerson() {
        assertThat(parEtatCivil("Lefevre", "Marie Anne", NEE_18_05_1980, MARIE_ANNE, HOMONYME))
                .isEqualTo(new Resultat.Identifie(HOMONYME, Correspondance.ETAT_CIVIL));
        assertThat(parEtatCivil("Lefevre", "Marie Anne", LocalDate.of(1980, 5, 19), MARIE_ANNE, HOMONYME))
                .isEqualTo(new Resultat.NonTrouve());
        assertThat(IdentificationElecteur.peutEtreLaMemePersonne(
                Designation.parEtatCivil("Lefevre", "Marie", NEE_17_05_1980),
                Designation.parEtatCivil("LEFÈVRE", "Marie Anne", NEE_18_05_1980))).isFalse();
    }

    @Test
    void fewerGivenNamesFittingTwoElectorsIsAmbiguousNotAGuess() {
        var marieClaire = electeur("555555555", "Lefevre", "Marie Claire", NEE_17_05_1980);
        assertThat(parEtatCivil("Lefevre", "Marie", NEE_17_05_1980, MARIE_ANNE, marieClaire))
                .isEqualTo(new Resultat.Ambigu(2));
        // All given names still tell them apart.
        assertThat(parEtatCivil("Lefevre", "Marie Claire", NEE_17_05_1980, MARIE_ANNE, marieClaire))
                .isEqualTo(new Resultat.Identifie(marieClaire, Correspondance.ETAT_CIVIL));
        // "Marie" fits both "Marie" and "Marie Anne": two people on the list, so ambiguous as well.
        var marie = electeur("666666666", "Lefevre", "Marie", NEE_17_05_1980);
        assertThat(parEtatCivil("Lefevre", "Marie", NEE_17_05_1980, MARIE_ANNE, marie)).isEqualTo(new Resultat.Ambigu(2));
    }

    @Test
    void onePersonOnTwoListsIsOnePerson() {
        var municipale = new Electeur("92050", "111111111", TypeListe.MUNICIPALE, "Lefèvre", null, "Marie Anne", "F",
                NEE_17_05_1980, "Lyon", "3");
        assertThat(parEtatCivil("Lefevre", "Marie", NEE_17_05_1980, MARIE_ANNE, municipale)).isEqualTo(
                new Resultat.Identifie(MARIE_ANNE, Correspondance.PRENOMS_PARTIELS));
    }

    @Test
    void byNneTheBirthDateMustMatch() {
        var liste = List.of(MARIE_ANNE, HOMONYME);
        assertThat(IdentificationElecteur.identifier(Designation.parNne("111111111", NEE_17_05_1980), liste))
                .isEqualTo(new Resultat.Identifie(MARIE_ANNE, Correspondance.NNE));
        assertThat(IdentificationElecteur.identifier(Designation.parNne("111111111", NEE_18_05_1980), liste))
                .isEqualTo(new Resultat.NaissanceDiscordante());
        assertThat(IdentificationElecteur.identifier(Designation.parNne("999999999", NEE_17_05_1980), liste))
                .isEqualTo(new Resultat.NonTrouve());
    }

    @Test
    void perhapsTheSamePersonWhenNamesAndBirthDateFitAndGivenNamesAreCompatible() {
        assertThat(IdentificationElecteur.peutEtreLaMemePersonne(
                Designation.parEtatCivil("Lefevre", "Marie", NEE_17_05_1980),
                Designation.parEtatCivil("LEFÈVRE", "Marie-Anne", NEE_17_05_1980))).isFalse();
        assertThat(IdentificationElecteur.peutEtreLaMemePersonne(
                Designation.parEtatCivil("Lefevre", "Marie", NEE_17_05_1980),
                Designation.parEtatCivil("LEFÈVRE", "Marie, Anne", NEE_17_05_1980))).isTrue();
        assertThat(IdentificationElecteur.peutEtreLaMemePersonne(
                Designation.parEtatCivil("Lefevre", "Marie", NEE_17_05_1980),
                Designation.parEtatCivil("Lefevre-Martin", "Marie", NEE_17_05_1980))).isFalse();
    }
}
