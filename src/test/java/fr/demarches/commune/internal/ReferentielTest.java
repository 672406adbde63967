package fr.demarches.commune.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Referentiel;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class ReferentielTest {

    @Autowired
    Referentiel referentiel;

    @Autowired
    ImportReferentiel importReferentiel;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    MockMvc mvc;

    @Test
    void everyCurrentCommuneOfTheResourceIsImported() throws IOException {
        assertThat(referentiel.nombre()).isEqualTo(communesDansLaRessource()).isGreaterThan(34_000);
    }

    @Test
    void aPostalCodeGivesTheCommunesItServes() {
        assertThat(referentiel.parCodePostal("92000")).extracting(CommuneResume::codeInsee, CommuneResume::nom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("92050", "Nanterre"));
        assertThat(referentiel.parCodePostal("75001")).extracting(CommuneResume::nom).containsExactly("Paris");
        assertThat(referentiel.parCodePostal(" 92000 ")).hasSize(1);
        assertThat(referentiel.parCodePostal("75001").getFirst().codesPostaux()).contains("75001", "75020", "75116");
    }

    @Test
    void aPostalCodeServingSeveralCommunesListsThemAllByName() {
        var communes = referentiel.parCodePostal("01400");
        assertThat(communes).hasSizeGreaterThan(1);
        assertThat(communes).extracting(CommuneResume::nom).isSorted();
        assertThat(communes).extracting(CommuneResume::nom).contains("L'Abergement-Clémenciat");
    }

    @Test
    void aMalformedOrUnknownPostalCodeGivesNothing() {
        assertThat(referentiel.parCodePostal("920")).isEmpty();
        assertThat(referentiel.parCodePostal("abcde")).isEmpty();
        assertThat(referentiel.parCodePostal("00000")).isEmpty();
        assertThat(referentiel.parCodePostal(null)).isEmpty();
    }

    @Test
    void theLookupIsOfferedToFormsAsJson() throws Exception {
        mvc.perform(get("/api/communes").param("codePostal", "92000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].codeInsee").value("92050"))
                .andExpect(jsonPath("$[0].nom").value("Nanterre"))
                .andExpect(jsonPath("$[0].departement").value("92"));
    }

    @Test
    void theImportRunsOnlyOnAnEmptyTableAndRestoresItFully() throws Exception {
        long avant = referentiel.nombre();
        importReferentiel.run(null);
        assertThat(referentiel.nombre()).isEqualTo(avant);

        donnees.vider();
        donnees.jdbc().sql("TRUNCATE commune, commune_code_postal CASCADE").update();
        importReferentiel.run(null);
        assertThat(referentiel.nombre()).isEqualTo(avant);
        assertThat(referentiel.parCodePostal("92000")).hasSize(1);
    }

    private static long communesDansLaRessource() throws IOException {
        String csv = new ClassPathResource("referentiel/communes.csv").getContentAsString(StandardCharsets.UTF_8);
        return csv.lines().filter(l -> !l.startsWith("#") && !l.startsWith("code_insee;") && !l.isBlank()).count();
    }
}
