package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.ReceiptElement;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.hardware.virtual.EscPosTextRenderer;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormSlipTest {

    private static final PrinterProfile PAPER = PrinterProfile.GENERIC_58MM;
    private static final String FINNISH = """
            # VALTAKIRJA
            Noudettava asiakirja:
            [ ] passi
            ---
            ## Antaja
            ___ Nimi
            QR https://poliisi.fi""";
    private static final String SWEDISH = """
            # FULLMAKT
            Dokument som hämtas:

            [ ] pass
            ---
            ## Fullmaktsgivare
            ___ Namn
            QR https://poliisi.fi/sv""";

    @Test
    void each_finnish_line_is_followed_by_the_same_line_in_the_residents_language() {
        FormSlip.Printed printed = withFinnish(FINNISH, SWEDISH, Language.SV);

        assertThat(printed.languages()).isEqualTo(PaperLanguages.LINE_BY_LINE);
        assertThat(texts(printed)).extracting(ReceiptElement.Text::text).containsSubsequence(
                "VALTAKIRJA", "FULLMAKT", "Noudettava asiakirja:", "Dokument som hämtas:", "[ ] passi", "pass",
                "Antaja", "Fullmaktsgivare", "Nimi", "Namn");
    }

    @Test
    void the_translation_is_bold_and_never_smaller_and_a_translated_heading_tall() {
        List<ReceiptElement.Text> texts = texts(withFinnish(FINNISH, SWEDISH, Language.SV));

        assertThat(text(texts, "VALTAKIRJA").style().size()).isEqualTo(TextSize.LARGE);
        assertThat(text(texts, "FULLMAKT").style().size()).isEqualTo(TextSize.TALL);
        assertThat(text(texts, "FULLMAKT").style().bold()).isTrue();
        assertThat(text(texts, "Noudettava asiakirja:").style().bold()).isFalse();
        assertThat(text(texts, "Dokument som hämtas:").style().bold()).isTrue();
        assertThat(text(texts, "Dokument som hämtas:").style().size()).isEqualTo(TextSize.NORMAL);
        assertThat(text(texts, "Antaja").style().underline()).as("a subheading stands out above its bold translation")
                .isTrue();
    }

    @Test
    void a_check_box_a_fill_in_line_a_section_and_a_qr_code_print_once_for_both_languages() {
        String paper = render(withFinnish(FINNISH, SWEDISH, Language.SV));

        assertThat(paper.lines().filter(line -> line.startsWith("[ ]"))).containsExactly("[ ] passi");
        assertThat(paper.lines().filter(line -> line.equals("_".repeat(32)))).as("one line to write on").hasSize(1);
        assertThat(paper.lines().filter(line -> line.equals("─".repeat(32)))).as("one section rule").hasSize(1);
        assertThat(paper.lines().filter(line -> line.strip().equals(EscPosTextRenderer.QR_MARK))).hasSize(1);
        assertThat(paper).as("the resident scans it").contains("https://poliisi.fi/sv");
        assertThat(paper.indexOf("Nimi")).isLessThan(paper.indexOf("Namn"));
        assertThat(paper.indexOf("Namn")).isLessThan(paper.indexOf("_".repeat(32)));
    }

    @Test
    void texts_whose_structures_do_not_pair_print_whole_the_residents_form_first_then_the_finnish() {
        String split = SWEDISH.replace("Dokument som hämtas:", "Dokument\nsom hämtas:");

        FormSlip.Printed printed = withFinnish(FINNISH, split, Language.SV);

        assertThat(printed.languages()).isEqualTo(PaperLanguages.TRANSLATION_THEN_FINNISH);
        String paper = render(printed);
        assertThat(paper.indexOf("FULLMAKT")).isLessThan(paper.indexOf("Namn"));
        assertThat(paper.indexOf("Namn")).isLessThan(paper.indexOf("VALTAKIRJA"));
        assertThat(paper.indexOf("VALTAKIRJA")).isLessThan(paper.indexOf("Nimi"));
        assertThat(paper.lines().filter(line -> line.equals("_".repeat(32)))).as("each form whole").hasSize(2);
        assertThat(paper.lines().filter(line -> line.equals("─".repeat(32)))).as("and a rule between them")
                .hasSize(3);
    }

    @Test
    void a_line_of_another_kind_breaks_the_pairing_even_with_as_many_lines() {
        assertThat(withFinnish("# A\n[ ] b", "# A\n___ b", Language.EN).languages())
                .isEqualTo(PaperLanguages.TRANSLATION_THEN_FINNISH);
        assertThat(withFinnish("# A\n\n\n[ ] b", "# A\n[ ] b\n", Language.EN).languages())
                .as("blank lines are spacing, not structure").isEqualTo(PaperLanguages.LINE_BY_LINE);
    }

    @Test
    void a_fill_in_line_with_a_label_in_one_language_only_still_prints_once() {
        String paper = render(withFinnish("___\nTeksti", "___ Name\nText", Language.EN));

        assertThat(paper.lines().filter(line -> line.equals("_".repeat(32)))).hasSize(1);
        assertThat(paper).contains("Name");
    }

    @Test
    void a_resident_in_finnish_or_without_a_translation_or_of_a_form_without_the_setting_gets_one_language() {
        FormTexts texts = FormTexts.EMPTY.with(Language.FI, new FormText("Valtakirja", "", FINNISH))
                .with(Language.SV, new FormText("Fullmakt", "", SWEDISH))
                .with(Language.EN, new FormText("Power of attorney", "", "# POWER OF ATTORNEY\nText"));

        assertThat(FormSlip.of(texts, true, Language.FI, PAPER, FormMarkup.Mode.PUBLISH).languages())
                .isEqualTo(PaperLanguages.ONE);
        assertThat(FormSlip.of(texts, true, Language.SV, PAPER, FormMarkup.Mode.PUBLISH).languages())
                .isEqualTo(PaperLanguages.LINE_BY_LINE);
        assertThat(FormSlip.of(texts, false, Language.SV, PAPER, FormMarkup.Mode.PUBLISH).languages())
                .isEqualTo(PaperLanguages.ONE);
        FormSlip.Printed ukrainian = FormSlip.of(texts, true, Language.UK, PAPER, FormMarkup.Mode.PUBLISH);
        assertThat(ukrainian.languages()).as("no Ukrainian text: English, as the texts fall back")
                .isEqualTo(PaperLanguages.ONE);
        assertThat(render(ukrainian)).contains("POWER OF").doesNotContain("VALTAKIRJA");
        FormTexts noSwedish = texts.with(Language.SV, new FormText("Fullmakt", "", " "));
        assertThat(FormSlip.of(noSwedish, true, Language.SV, PAPER, FormMarkup.Mode.DRAFT).languages())
                .as("a blank Swedish text is no translation").isEqualTo(PaperLanguages.ONE);
    }

    @Test
    void a_problem_in_either_text_says_which_language_it_is_in() {
        FormSlip.Printed printed = withFinnish("# A\n#B", "# A\n[x] b", Language.SV);

        assertThat(printed.parsed().ok()).isFalse();
        assertThat(printed.parsed().problems()).extracting(FormProblem::language, FormProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Language.FI, 2),
                        org.assertj.core.groups.Tuple.tuple(Language.SV, 2));
    }

    @Test
    void ukrainian_and_arabic_lines_pair_with_finnish_as_text_in_the_printers_tables() {
        for (String translation : List.of("# ДОВІРЕНІСТЬ\nДокумент:\n[ ] паспорт", "# توكيل\nالوثيقة:\n[ ] جواز السفر")) {
            FormSlip.Printed printed = withFinnish("# VALTAKIRJA\nAsiakirja:\n[ ] passi", translation, Language.UK);

            assertThat(printed.languages()).isEqualTo(PaperLanguages.LINE_BY_LINE);
            byte[] bytes = new EscPosEncoder(PAPER).encode(printed.parsed().receipt().orElseThrow());
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("text, no pictures of lines (GS v 0)").doesNotContain("\u001Dv0");
        }
    }

    private static FormSlip.Printed withFinnish(String finnish, String translation, Language language) {
        return FormSlip.withFinnish(finnish, translation, language, PAPER, FormMarkup.Mode.PUBLISH);
    }

    private static List<ReceiptElement.Text> texts(FormSlip.Printed printed) {
        Receipt receipt = printed.parsed().receipt().orElseThrow();
        return receipt.elements().stream().filter(ReceiptElement.Text.class::isInstance)
                .map(ReceiptElement.Text.class::cast).toList();
    }

    private static ReceiptElement.Text text(List<ReceiptElement.Text> texts, String text) {
        return texts.stream().filter(element -> element.text().equals(text)).findFirst().orElseThrow();
    }

    private static String render(FormSlip.Printed printed) {
        Receipt receipt = printed.parsed().receipt().orElseThrow();
        return new EscPosTextRenderer(PAPER.columns()).render(new EscPosEncoder(PAPER).encode(receipt));
    }
}
