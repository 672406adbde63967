package fr.demarches.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a spreadsheet would run as a formula never starts a line of a cell, wherever the line breaks are. */
class CsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Martin                | \"Martin\"",
        "=2+3                  | \"'=2+3\"",
        "+33 1 23              | \"'+33 1 23\"",
        "-1                    | \"'-1\"",
        "@SUM(A1)              | \"'@SUM(A1)\"",
        "Dupont \"dit\" Jean   | \"Dupont \"\"dit\"\" Jean\"",
        "a;b                   | \"a;b\"",
    })
    void everyCellIsQuotedAndALeadingFormulaIsDefused(String valeur, String attendu) {
        assertThat(Csv.cellule(valeur.strip())).isEqualTo(attendu.strip());
    }

    @Test
    void aFormulaAfterAnyLineBreakInsideACellIsDefusedToo() {
        assertThat(Csv.cellule("Martin\r=2+3")).isEqualTo("\"Martin\r'=2+3\"");
        assertThat(Csv.cellule("Martin\n+2")).isEqualTo("\"Martin\n'+2\"");
        assertThat(Csv.cellule("Martin\r\n@A1")).isEqualTo("\"Martin\r\n'@A1\"");
        assertThat(Csv.cellule("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(Csv.cellule("\r=1")).isEqualTo("\"'\r'=1\"");
        assertThat(Csv.cellule("a-b=c")).isEqualTo("\"a-b=c\"");
        assertThat(Csv.cellule(null)).isEqualTo("\"\"");
    }

    @Test
    void aFileHasTheByteOrderMarkSemicolonsAndCrlf() throws Exception {
        var sortie = new StringWriter();
        var csv = new Csv(sortie, List.of("nom", "prenoms"));
        csv.ligne(Arrays.asList("=HYPERLINK(\"x\")", null));
        assertThat(sortie.toString()).isEqualTo("\uFEFF\"nom\";\"prenoms\"\r\n\"'=HYPERLINK(\"\"x\"\")\";\"\"\r\n");
    }

    @Test
    void controlCharactersAreFoundInNames() {
        assertThat(TexteSaisi.aDesControles("Martin\r=2+3")).isTrue();
        assertThat(TexteSaisi.aDesControles("Martin\tA")).isTrue();
        assertThat(TexteSaisi.aDesControles("Martin\u0085")).isTrue();
        assertThat(TexteSaisi.aDesControles("Martin\u2028")).isTrue();
        assertThat(TexteSaisi.aDesControles("Zoë O'Brien-Łukasz")).isFalse();
        assertThat(TexteSaisi.aDesControles(null)).isFalse();
    }
}
