package fr.demarches.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** FranceConnect's identité pivot as its claims carry it. */
class IdentitePivotTest {

    static Map<String, Object> claims() {
        var claims = new HashMap<String, Object>();
        claims.put("given_name", "Angela Claire Louise");
        claims.put("family_name", "DUBOIS");
        claims.put("preferred_username", "");
        claims.put("birthdate", "1962-08-24");
        claims.put("gender", "female");
        claims.put("birthplace", "75107");
        claims.put("birthcountry", "99100");
        claims.put("email", "angela.dubois@exemple.fr");
        return claims;
    }

    @Test
    void theClaimsGiveTheProfilesCertifiedPart() {
        var identite = IdentitePivot.deFranceConnect("franceconnect", "sub-1", claims());
        assertThat(identite.sexe()).isEqualTo("F");
        assertThat(identite.dateNaissance()).isEqualTo(LocalDate.of(1962, 8, 24));
        assertThat(identite.nomUsage()).as("vide : pas de nom d'usage").isNull();
        assertThat(identite.neEnFrance()).isTrue();
        assertThat(CommunesNaissance.communeDuReferentiel(identite.lieuNaissanceInsee()))
                .as("arrondissement de Paris ramené à la commune").isEqualTo("75056");
        assertThat(CommunesNaissance.communeDuReferentiel("69385")).isEqualTo("69123");
        assertThat(CommunesNaissance.communeDuReferentiel("13216")).isEqualTo("13055");
        assertThat(CommunesNaissance.communeDuReferentiel("92050")).isEqualTo("92050");
    }

    @Test
    void bornAbroadOnlyTheCountryIsKnown() {
        var claims = claims();
        claims.put("birthplace", "");
        claims.put("birthcountry", "99217");
        assertThat(IdentitePivot.deFranceConnect("franceconnect", "sub-1", claims).neEnFrance()).isFalse();
    }

    @Test
    void anIncompleteOrUnreadableIdentityIsRefused() {
        var sansNom = claims();
        sansNom.remove("family_name");
        assertThatThrownBy(() -> IdentitePivot.deFranceConnect("franceconnect", "sub-1", sansNom))
                .isInstanceOf(RefusCompte.class).hasMessageContaining("incomplète");
        var date = claims();
        date.put("birthdate", "24/08/1962");
        assertThatThrownBy(() -> IdentitePivot.deFranceConnect("franceconnect", "sub-1", date))
                .isInstanceOf(RefusCompte.class).hasMessageContaining("date de naissance");
        var genre = claims();
        genre.put("gender", "x");
        assertThatThrownBy(() -> IdentitePivot.deFranceConnect("franceconnect", "sub-1", genre))
                .isInstanceOf(RefusCompte.class);
    }
}
