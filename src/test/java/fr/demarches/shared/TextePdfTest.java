package fr.demarches.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class TextePdfTest {

    @Test
    void aCharacterTheFontLacksIsPrintedAsAQuestionMarkAndTheRestAsTyped() throws IOException {
        try (var document = new PDDocument();
                var flux = TextePdfTest.class.getResourceAsStream("/polices/DejaVuSans.ttf")) {
            var police = PDType0Font.load(document, flux);
            assertThat(TextePdf.imprimable("Łukasiewicz, né à Gdańsk", police)).isEqualTo("Łukasiewicz, né à Gdańsk");
            assertThat(TextePdf.imprimable("Né à 上海\t", police)).isEqualTo("Né à ???");
            assertThat(TextePdf.imprimable(null, police)).isNull();
        }
    }
}
