package fr.demarches.teledossier.web.usager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.demarches.compte.ProfilUsager;

import org.junit.jupiter.api.Test;

/**
 * A parent signed in with FranceConnect types their name as the declarant of their child's census: the data file
 * calls that identity certified only when it is the one the provider gave.
 */
class DeclarantCertifieTest {

    private static final ProfilUsager JEAN = new ProfilUsager("M", "DURAND", "MARTIN", "Jean Paul",
            LocalDate.of(1985, 3, 14), "92050", "France", null, "Française", null, null, null, null, null);

    @Test
    void theDeclarantIsTheCertifiedPersonOnlyUnderTheirOwnNames() {
        assertThat(declarant("PERE", "durand ", "JEAN PAUL").declarantEst(JEAN)).isTrue();
        // A usage name may be the citizen's own entry, not the provider's.
        assertThat(declarant("PERE", "Martin", "JEAN PAUL").declarantEst(JEAN)).as("nom d'usage").isFalse();
        assertThat(declarant("MERE", "Durand", "Brigitte").declarantEst(JEAN)).isFalse();
        assertThat(declarant("PERE", "Dupont", "Jean Paul").declarantEst(JEAN)).isFalse();
    }

    @Test
    void aRequestOfTheYoungPersonThemselvesOrAnIleHasNoDeclarant() {
        assertThat(declarant("JEUNE", null, null).declarantEst(JEAN)).isFalse();
        assertThat(declarant("JEUNE", null, null).identiteDuCompte()).isTrue();
    }

    private static FormulaireRco declarant(String qui, String nom, String prenoms) {
        var f = FormulaireRco.depuis(ProfilUsager.vide(), null);
        f.setDeclarant(qui);
        f.setDeclarantNom(nom);
        f.setDeclarantPrenoms(prenoms);
        return f;
    }
}
