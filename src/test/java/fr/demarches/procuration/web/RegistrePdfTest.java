package fr.demarches.procuration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.demarches.procuration.LigneRegistre;
import fr.demarches.procuration.Portee;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RegistrePdfTest {

    /** A name the font cannot print no longer fails the whole registre (it was a 500 for the date). */
    @Test
    void aNameTheFontLacksIsPrintedAsQuestionMarksAndTheRegistreIsWritten() throws Exception {
        var jour = LocalDate.of(2027, 6, 13);
        var ligne = new LigneRegistre("1", "ABC234", "Wáng", null, "小明", LocalDate.of(1990, 1, 2), "Martin Paul",
                LocalDate.of(1985, 3, 4), Portee.UN_TOUR, jour, jour, Instant.parse("2027-05-02T10:00:00Z"),
                "autorité habilitée");
        byte[] pdf = RegistrePdf.ecrire("Nanterre", jour, List.of(ligne));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Wáng").contains("??").contains("Martin Paul");
        }
    }
}
