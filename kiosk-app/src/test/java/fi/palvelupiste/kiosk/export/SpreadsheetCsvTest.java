package fi.palvelupiste.kiosk.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The house rules of every CSV export, one by one. */
class SpreadsheetCsvTest {

    @Test
    void a_file_starts_with_the_utf8_byte_order_mark() {
        byte[] csv = SpreadsheetCsv.texts().write(List.of(List.of("Åsa Öhman")));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo("\"Åsa Öhman\"\r\n");
        assertThat(SpreadsheetCsv.figures().write(List.of(List.of("1")))).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void cells_are_separated_by_semicolons_and_rows_end_with_cr_lf() {
        assertThat(text(SpreadsheetCsv.texts(), List.of(List.of("Aika", "Nimi"), List.of("10.00", "Aino"))))
                .isEqualTo("\"Aika\";\"Nimi\"\r\n\"10.00\";\"Aino\"\r\n");
        assertThat(text(SpreadsheetCsv.figures(), List.of(List.of("Päivä", "Tunnus"), List.of("2026-12-01", "A"))))
                .isEqualTo("Päivä;Tunnus\r\n2026-12-01;A\r\n");
    }

    @Test
    void a_quote_is_doubled_inside_a_quoted_cell() {
        assertThat(text(SpreadsheetCsv.texts(), List.of(List.of("Kylätalo \"Pirtti\""))))
                .isEqualTo("\"Kylätalo \"\"Pirtti\"\"\"\r\n");
        assertThat(text(SpreadsheetCsv.figures(), List.of(List.of("1", "Kylätalo \"Pirtti\""))))
                .isEqualTo("1;\"Kylätalo \"\"Pirtti\"\"\"\r\n");
    }

    @Test
    void figures_quote_a_cell_with_a_semicolon_and_keep_the_decimal_comma_bare() {
        assertThat(text(SpreadsheetCsv.figures(), List.of(List.of("20,0", "Passit; kuvat", "5,5"))))
                .isEqualTo("20,0;\"Passit; kuvat\";5,5\r\n");
    }

    @Test
    void a_line_break_in_a_list_cell_becomes_a_space_so_that_a_person_stays_on_one_row() {
        assertThat(text(SpreadsheetCsv.texts(), List.of(List.of("Pyörätuoli\r\ntulkki\nkieli", "x"))))
                .isEqualTo("\"Pyörätuoli tulkki kieli\";\"x\"\r\n");
    }

    @Test
    void a_line_break_in_a_figures_cell_is_kept_inside_its_quotes() {
        assertThat(text(SpreadsheetCsv.figures(), List.of(List.of("1", "Digituki\r\nkirjasto"))))
                .isEqualTo("1;\"Digituki\r\nkirjasto\"\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+358401234567", "-1", "@cmd", "\tpiilossa", "\rrivinvaihto"})
    void a_cell_starting_with_a_formula_character_gets_an_apostrophe(String dangerous) {
        assertThat(text(SpreadsheetCsv.texts(), List.of(List.of(dangerous))))
                .isEqualTo("\"'" + dangerous + "\"\r\n");
        assertThat(text(SpreadsheetCsv.figures(), List.of(List.of("1", dangerous))))
                .isIn("1;'" + dangerous + "\r\n", "1;\"'" + dangerous + "\"\r\n");
    }

    @Test
    void a_formula_character_later_in_the_cell_is_left_alone() {
        assertThat(text(SpreadsheetCsv.texts(), List.of(List.of("Aino-Maija", "1+1", "a@b.fi"))))
                .isEqualTo("\"Aino-Maija\";\"1+1\";\"a@b.fi\"\r\n");
    }

    @Test
    void an_empty_or_missing_cell_is_written_empty() {
        assertThat(text(SpreadsheetCsv.texts(), List.of(Arrays.asList("", null, "x"))))
                .isEqualTo("\"\";\"\";\"x\"\r\n");
    }

    @Test
    void a_letter_outside_the_basic_plane_survives_and_an_unpaired_surrogate_becomes_a_question_mark() {
        assertThat(text(SpreadsheetCsv.texts(), List.of(List.of("𝔄ino", "x\uD800y"))))
                .isEqualTo("\"𝔄ino\";\"x?y\"\r\n");
    }

    /** The file as text, without its byte-order mark. */
    private static String text(SpreadsheetCsv csv, List<? extends List<String>> rows) {
        String text = new String(csv.write(rows), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return text.substring(1);
    }
}
