package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;

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

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "FI|VALTAKIRJA|Henkilökortin tai passin nouto|Valtakirjan antaja|Syntymäaika|[ ] henkilökortti|[ ] passi|Antajan allekirjoitus",
        "SV|FULLMAKT|Att hämta identitetskort eller|Fullmaktsgivare|Födelsedatum|[ ] identitetskort|[ ] pass|Fullmaktsgivarens underskrift",
        "EN|POWER OF|Collecting an identity card or|Person giving authority|Date of birth|[ ] identity card|[ ] passport|Signature of the person giving"})
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
            assertThat(library.check(newest.texts(), FormMarkup.Mode.PUBLISH))
                    .extracting(FormProblem::messageKey).contains("forms.problem.placeholder");
        }
    }

    private int count(LocalDate day, String code, String language) {
        return forms.printCounts(day, day).stream()
                .filter(c -> c.code().equals(code) && c.language().equals(language))
                .mapToInt(FormPrintCount::prints).sum();
    }
}
