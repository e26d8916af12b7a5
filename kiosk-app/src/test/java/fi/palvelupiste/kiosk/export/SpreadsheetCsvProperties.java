package fi.palvelupiste.kiosk.export;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of a single CSV cell, whatever its text (moved here with the writer from the sign-up rules). */
class SpreadsheetCsvProperties {

    @Property
    void no_csv_cell_can_start_a_formula(@ForAll String value) {
        String cell = cell(value);
        assertThat(cell).startsWith("\"").endsWith("\"");
        String inside = cell.substring(1, cell.length() - 1);
        if (!inside.isEmpty()) {
            assertThat("=+-@\t\r").doesNotContain(String.valueOf(inside.charAt(0)));
        }
        assertThat(inside.replace("\"\"", "")).doesNotContain("\"").doesNotContain("\n");
    }

    @Example
    void a_csv_starts_with_a_byte_order_mark_and_separates_with_semicolons() {
        byte[] csv = SpreadsheetCsv.texts().write(List.of(List.of("Nimi", "Puhelin"), List.of("=cmd|' /C calc'!A0", "+358")));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFF\"Nimi\";\"Puhelin\"\r\n\"'=cmd|' /C calc'!A0\";\"'+358\"\r\n");
    }

    /** One cell as a list's file writes it: the file of one row of one cell, without the mark and the row's end. */
    private static String cell(String value) {
        String text = new String(SpreadsheetCsv.texts().write(List.of(List.of(value))), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        return text.substring(1, text.length() - 2);
    }
}
