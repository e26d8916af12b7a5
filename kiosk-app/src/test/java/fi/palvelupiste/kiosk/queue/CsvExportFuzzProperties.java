package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.export.SpreadsheetCsv;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV writer's two presets — {@link SpreadsheetCsv#texts()} (sign-up lists, ride manifests) and
 * {@link SpreadsheetCsv#figures()} (queue statistics) — with any text in any cell, also text that no validator would
 * let in (a row stored before a rule was tightened): the file keeps its rows and cells, a spreadsheet reads each cell
 * back as it was written (line breaks of the lists flattened, an unpaired surrogate as UTF-8's '?'), and no cell
 * starts a formula.
 */
class CsvExportFuzzProperties {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Property(tries = 1000)
    void a_list_of_any_texts_reads_back_cell_by_cell_and_starts_no_formula(@ForAll("tables") List<List<String>> rows) {
        List<List<String>> read = FuzzChecks.assertNoFormula(SpreadsheetCsv.texts().write(rows));

        assertThat(read).hasSameSizeAs(rows);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String flat = rows.get(r).get(c).replace("\r\n", " ").replace('\n', ' ');
                assertThat(read.get(r).get(c)).as(FuzzText.visible(flat)).isEqualTo(defused(flat));
            }
        }
    }

    @Property(tries = 500)
    void statistics_of_a_service_with_any_name_read_back_and_start_no_formula(@ForAll("names") String name,
                                                                             @ForAll("names") String other) {
        QueueStatistics statistics = new QueueStatistics(null, null, null, null, null);
        List<DailyStatistics> days = List.of(day("A", name), day("B", other));

        List<List<String>> read = FuzzChecks.assertNoFormula(statistics.csv(days));

        assertThat(read).hasSize(3);
        assertThat(read.get(1).get(1)).as(FuzzText.visible(name)).isEqualTo(defused(name));
        assertThat(read.get(2).get(1)).as(FuzzText.visible(other)).isEqualTo(defused(other));
    }

    @Example
    void a_service_called_like_a_formula_is_exported_as_text() {
        List<List<String>> read = FuzzChecks.assertNoFormula(new QueueStatistics(null, null, null, null, null)
                .csv(List.of(day("A", "=HYPERLINK(\"http://x\";\"klikkaa\")"))));

        assertThat(read.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\";\"klikkaa\")");
    }

    private static DailyStatistics day(String prefix, String name) {
        return new DailyStatistics(LocalDate.of(2026, 12, 1), prefix, name, 3, 2, 1, 0, 60, 300,
                Collections.nCopies(24, 0));
    }

    /** What a spreadsheet reads: the text defused, as UTF-8 carries it (an unpaired surrogate becomes '?'). */
    private static String defused(String text) {
        String utf8 = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + utf8 : utf8;
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        return FuzzText.shortText().list().ofSize(4).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> names() {
        return FuzzText.anyText();
    }
}
