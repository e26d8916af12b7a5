package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.ReceiptElement;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.hardware.virtual.EscPosTextRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormMarkupTest {

    private static final PrinterProfile PAPER = PrinterProfile.GENERIC_58MM;

    @Test
    void each_kind_of_line_becomes_its_element_on_paper() {
        String text = render("""
                # VALTAKIRJA
                ## Antaja
                Tavallinen rivi.

                ___ Nimi
                [ ] passi
                ---
                QR https://poliisi.fi
                \\# ei otsikko""");

        assertThat(text).contains("    VALTAKIRJA", "Antaja", "Tavallinen rivi.", "Nimi", "_".repeat(32), "[ ] passi",
                "─".repeat(32), "[QR]", "https://poliisi.fi", "# ei otsikko");
        assertThat(text.lines().filter(line -> line.equals("_".repeat(32)))).hasSize(1);
    }

    @Test
    void a_heading_is_large_bold_and_the_text_after_it_plain_again() {
        Receipt receipt = parse("# Otsikko\nTeksti", FormMarkup.Mode.PUBLISH).receipt().orElseThrow();

        List<ReceiptElement.Text> texts = receipt.elements().stream()
                .filter(ReceiptElement.Text.class::isInstance).map(ReceiptElement.Text.class::cast).toList();
        assertThat(texts.get(0).style().size()).isEqualTo(TextSize.LARGE);
        assertThat(texts.get(0).style().bold()).isTrue();
        assertThat(texts.get(1).style().size()).isEqualTo(TextSize.NORMAL);
        assertThat(texts.get(1).style().bold()).isFalse();
        assertThat(receipt.elements().getLast()).isInstanceOf(ReceiptElement.Cut.class);
    }

    @Test
    void a_long_line_is_wrapped_to_the_paper_at_spaces() {
        String text = render("Noutaja näyttää oman voimassa olevan henkilöllisyystodistuksensa ja antaa tämän valtakirjan.");

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(32));
        assertThat(text).contains("Noutaja näyttää oman voimassa", "henkilöllisyystodistuksensa ja");
    }

    @Test
    void several_blank_lines_leave_one_empty_line() {
        assertThat(render("Yksi\n\n\n\nKaksi")).startsWith("Yksi\n\nKaksi\n");
    }

    @Test
    void unknown_markup_is_refused_with_the_line_it_is_on() {
        FormMarkup.Parsed parsed = parse("Hyvä rivi\n#Otsikko\n[x] valittu\n__ Nimi\n-- viiva\nQR poliisi.fi",
                FormMarkup.Mode.DRAFT);

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).extracting(FormProblem::line, FormProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "forms.problem.heading"),
                org.assertj.core.groups.Tuple.tuple(3, "forms.problem.check-box"),
                org.assertj.core.groups.Tuple.tuple(4, "forms.problem.fill-in"),
                org.assertj.core.groups.Tuple.tuple(5, "forms.problem.rule"),
                org.assertj.core.groups.Tuple.tuple(6, "forms.problem.qr"));
    }

    @Test
    void control_characters_are_refused_and_named() {
        FormMarkup.Parsed parsed = parse("Rivi\nTässä\u001B[1m kätketty\n\tsisennys", FormMarkup.Mode.DRAFT);

        assertThat(parsed.problems()).extracting(FormProblem::line, p -> p.arguments().getFirst())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "U+001B"),
                        org.assertj.core.groups.Tuple.tuple(3, "U+0009"));
    }

    @Test
    void characters_none_of_the_printers_tables_has_are_refused_not_printed_as_question_marks() {
        FormMarkup.Parsed parsed = parse("Привет 🙂 توكيل إذا", FormMarkup.Mode.DRAFT);

        assertThat(parsed.problems()).extracting(FormProblem::messageKey).containsOnly("forms.problem.unprintable");
        assertThat(parsed.problems()).as("Cyrillic and Arabic are in the printer's other tables; PC864 lacks إ")
                .extracting(problem -> problem.arguments().getFirst()).containsExactly("🙂", "إ");
        assertThat(FormMarkup.parse("Привет", PAPER.withOtherCodePages(List.of()), FormMarkup.Mode.DRAFT).ok())
                .as("a printer with one table").isFalse();
        assertThat(parse("Hinta 5 € – åäö ÅÄÖ “lainaus”", FormMarkup.Mode.PUBLISH).ok()).isTrue();
    }

    @Test
    void blanks_to_fill_in_are_allowed_in_a_draft_but_never_published() {
        String template = "## Kela\nPuh. <<puhelinnumero>>";

        assertThat(parse(template, FormMarkup.Mode.DRAFT).ok()).isTrue();
        FormMarkup.Parsed published = parse(template, FormMarkup.Mode.PUBLISH);
        assertThat(published.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.messageKey()).isEqualTo("forms.problem.placeholder");
            assertThat(problem.arguments()).containsExactly("<<puhelinnumero>>");
        });
    }

    @Test
    void an_empty_text_is_refused() {
        assertThat(parse("  \n\n", FormMarkup.Mode.DRAFT).problems()).extracting(FormProblem::messageKey)
                .containsExactly("forms.problem.empty");
        assertThat(parse(null, FormMarkup.Mode.DRAFT).ok()).isFalse();
    }

    @Test
    void fill_in_lines_span_the_paper_of_the_printer() {
        String wide = new EscPosTextRenderer(48).render(new EscPosEncoder(PrinterProfile.EPSON_80MM).encode(
                FormMarkup.parse("___ Nimi", PrinterProfile.EPSON_80MM, FormMarkup.Mode.PUBLISH).receipt().orElseThrow()));

        assertThat(wide).contains("_".repeat(48));
    }

    static FormMarkup.Parsed parse(String markup, FormMarkup.Mode mode) {
        return FormMarkup.parse(markup, PAPER, mode);
    }

    static String render(String markup) {
        Receipt receipt = parse(markup, FormMarkup.Mode.DRAFT).receipt().orElseThrow();
        return new EscPosTextRenderer(PAPER.columns()).render(new EscPosEncoder(PAPER).encode(receipt));
    }
}
