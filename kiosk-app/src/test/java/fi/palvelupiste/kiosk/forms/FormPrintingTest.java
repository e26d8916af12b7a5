package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
class FormPrintingTest {

    @Autowired
    FormPrinting forms;
    @Autowired
    FormLibrary library;
    @Autowired
    PrintJobService printing;
    @Autowired
    PrinterPort printer;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrinterProfile profile;

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "FI|VALTAKIRJA|Henkilökortin tai passin nouto|Valtakirjan antaja|Syntymäaika|[ ] henkilökortti|[ ] passi|Antajan allekirjoitus",
        "SV|FULLMAKT|Att hämta identitetskort eller|Fullmaktsgivare|Födelsedatum|identitetskort|pass|Fullmaktsgivarens underskrift",
        "EN|POWER OF|Collecting an identity card or|Person giving authority|Date of birth|identity card|passport|Signature of the person giving"})
    void the_power_of_attorney_prints_blank_in_each_language_as_text_within_the_byte_budget(
            Language language, String title, String subtitle, String giver, String birth, String idCard,
            String passport, String signature) throws IOException {
        long job = forms.print(SeededForms.POWER_OF_ATTORNEY, language);

        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(subtitle) && text.contains(giver));
        assertThat(slip.name()).contains("form-valtakirja-" + language.code());
        assertThat(slip.text()).contains(title, giver, birth, idCard, passport, signature);
        assertThat(slip.text().lines().filter(line -> line.equals("_".repeat(32)))).as("blank lines to write on")
                .hasSize(6);
        assertThat(slip.text().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(32));
        byte[] bytes = Files.readAllBytes(slip.escPosFile());
        assertThat(bytes.length).as("bytes on the serial line").isLessThanOrEqualTo(library.maxBytes());
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("text and native commands, no raster image (GS v 0)").doesNotContain("\u001Dv0");
        assertThat(printing.find(job)).isPresent();
    }

    /** The Finnish lines of the power of attorney a test follows, each to be followed by its translation. */
    private static final List<String> FINNISH_LINES = List.of("VALTAKIRJA", "Noudettava asiakirja:",
            "[ ] henkilökortti", "[ ] passi", "Valtakirjan antaja", "Nimi", "Syntymäaika");

    static Stream<Arguments> translatedPowersOfAttorney() {
        return Stream.of(
                Arguments.of(Language.SV, List.of("FULLMAKT", "Dokument som hämtas:", "identitetskort", "pass",
                        "Fullmaktsgivare", "Namn", "Födelsedatum")),
                Arguments.of(Language.UK, List.of("ДОВІРЕНІСТЬ", "Документ, який треба отримати:", "посвідчення особи",
                        "паспорт", "Хто дає довіреність", "Ім'я та прізвище", "Дата народження")),
                Arguments.of(Language.AR, List.of("توكيل", "الوثيقة التي يجب استلامها:", "بطاقة الهوية", "جواز السفر",
                        "الشخص الذي يعطي التوكيل", "الاسم", "تاريخ الميلاد")));
    }

    @ParameterizedTest(name = "in {0}")
    @MethodSource("translatedPowersOfAttorney")
    void a_residents_power_of_attorney_gives_each_finnish_line_and_then_the_same_line_in_their_language(
            Language language, List<String> translated) {
        forms.print(SeededForms.POWER_OF_ATTORNEY, language);

        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> inLogicalOrder(text).contains(
                translated.get(4)) && text.contains("Valtakirjan antaja"));
        assertThat(slip.name()).contains("form-valtakirja-" + language.code());
        List<String> lines = inLogicalOrder(slip.text()).lines().map(String::strip).toList();
        int from = 0;
        for (int i = 0; i < FINNISH_LINES.size(); i++) {
            int finnish = lines.subList(from, lines.size()).indexOf(FINNISH_LINES.get(i));
            assertThat(finnish).as(FINNISH_LINES.get(i) + " after line " + from).isNotNegative();
            assertThat(lines.get(from + finnish + 1)).as("the line after " + FINNISH_LINES.get(i))
                    .isEqualTo(translated.get(i));
            from += finnish + 2;
        }
        assertThat(slip.text().lines().filter(line -> line.equals("_".repeat(32)))).as("each line to write on once")
                .hasSize(6);
    }

    /**
     * The printer's Arabic as typed: each Arabic line of the virtual paper is shaped letters in visual order, so it
     * is read right to left and the letter forms taken back to letters (NFKC).
     */
    private static String inLogicalOrder(String paper) {
        return paper.lines().map(line -> line.codePoints().anyMatch(cp -> cp >= 0xFE70 && cp <= 0xFEFF)
                        ? java.text.Normalizer.normalize(new StringBuilder(line.strip()).reverse(),
                        java.text.Normalizer.Form.NFKC) : line)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void a_form_printed_in_one_language_stays_so_in_swedish_and_the_checklist_in_finnish_has_no_second_language() {
        forms.print(SeededForms.PHOTOGRAPHER_SLIP, Language.SV);
        forms.print(SeededForms.POLICE_CHECKLIST, Language.FI);

        String photographer = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains("PASSFOTO")).text();
        assertThat(photographer).contains("Lapp till fotografen").doesNotContain("PASSIKUVA");
        String checklist = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains("Kun haet henkilökorttia"))
                .text();
        assertThat(checklist).doesNotContain("TILL POLISEN", "TO THE POLICE");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"9b3c1d2e-4f5a-4b6c-8d7e-000000000001,UK", "9b3c1d2e-4f5a-4b6c-8d7e-000000000001,RU",
            "9b3c1d2e-4f5a-4b6c-8d7e-000000000001,AR", "9b3c1d2e-4f5a-4b6c-8d7e-000000000001,SO",
            "9b3c1d2e-4f5a-4b6c-8d7e-000000000001,ET", "9b3c1d2e-4f5a-4b6c-8d7e-000000000002,UK",
            "9b3c1d2e-4f5a-4b6c-8d7e-000000000002,RU", "9b3c1d2e-4f5a-4b6c-8d7e-000000000002,AR",
            "9b3c1d2e-4f5a-4b6c-8d7e-000000000002,SO", "9b3c1d2e-4f5a-4b6c-8d7e-000000000002,ET"})
    void the_seed_translations_pair_with_the_finnish_line_by_line_within_the_byte_budget(UUID version,
                                                                                       Language language) {
        String column = "content_" + language.code();
        Map<String, Object> texts = jdbc.sql("SELECT content_fi, " + column + " FROM form_version WHERE public_id = :id")
                .param("id", version).query().singleRow();

        FormSlip.Printed printed = FormSlip.withFinnish((String) texts.get("content_fi"), (String) texts.get(column),
                language, profile, FormMarkup.Mode.PUBLISH);

        assertThat(printed.parsed().problems()).isEmpty();
        assertThat(printed.languages()).isEqualTo(PaperLanguages.LINE_BY_LINE);
        assertThat(printing.encodedSize(printed.parsed().receipt().orElseThrow())).as("bytes on the serial line")
                .isLessThanOrEqualTo(library.maxBytes());
    }

    @Test
    void every_seeded_form_prints_in_every_language_within_the_byte_budget() {
        assertThat(forms.publishedForms()).extracting(PublishedForm::publicId).contains(SeededForms.POWER_OF_ATTORNEY,
                SeededForms.POLICE_CHECKLIST, SeededForms.PHOTOGRAPHER_SLIP, SeededForms.DIGITAL_SUPPORT);
        for (PublishedForm form : forms.publishedForms().stream()
                .filter(form -> form.form().siteId().equals("seed")).toList()) {
            for (Language language : Language.values()) {
                assertThat(forms.receipt(form, language)).as(form.code() + " in " + language).isPresent();
                int bytes = printing.encodedSize(forms.receipt(form, language).orElseThrow());
                assertThat(bytes).as(form.code() + " in " + language).isLessThanOrEqualTo(library.maxBytes());
            }
        }
    }

    @Test
    void each_print_is_counted_for_the_day_form_and_language_without_personal_data() {
        LocalDate today = LocalDate.now(clock);
        int before = count(today, "valokuvaajan-lappu", "sv");

        forms.print(SeededForms.PHOTOGRAPHER_SLIP, Language.SV);
        forms.print(SeededForms.PHOTOGRAPHER_SLIP, Language.SV);

        assertThat(count(today, "valokuvaajan-lappu", "sv")).isEqualTo(before + 2);
        assertThat(library.summaries()).filteredOn(s -> s.publicId().equals(SeededForms.PHOTOGRAPHER_SLIP))
                .singleElement().satisfies(summary -> {
                    assertThat(summary.printsToday()).isGreaterThanOrEqualTo(2);
                    assertThat(summary.printsLast30Days()).isGreaterThanOrEqualTo(summary.printsToday());
                });
    }

    @Test
    void the_published_support_sheet_shows_only_the_filled_entries_and_its_template_waits_as_a_draft() {
        PublishedForm sheet = forms.published(SeededForms.DIGITAL_SUPPORT).orElseThrow();

        assertThat(sheet.text(Language.FI).markup()).contains("## Kirjasto", "ti ja to klo 13–16")
                .doesNotContain("<<", "Kela");
        FormVersion newest = library.newestVersion(SeededForms.DIGITAL_SUPPORT).orElseThrow();
        if (newest.status() == FormStatus.DRAFT) {
            assertThat(newest.texts().markup().in(Language.FI)).contains("## Kela", "## Verohallinto",
                    "## DVV (Digi- ja väestötietovirasto)", "## Pankin asiakaspalvelu", "<<puhelinnumero>>");
            assertThat(library.check(newest.content(), FormMarkup.Mode.PUBLISH))
                    .extracting(FormProblem::messageKey).contains("forms.problem.placeholder");
        }
    }

    private int count(LocalDate day, String code, String language) {
        return forms.printCounts(day, day).stream()
                .filter(c -> c.code().equals(code) && c.language().equals(language))
                .mapToInt(FormPrintCount::prints).sum();
    }
}
