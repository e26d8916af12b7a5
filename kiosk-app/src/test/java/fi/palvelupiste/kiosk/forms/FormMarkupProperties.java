package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.virtual.EscPosTextRenderer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever an editor types, the parser answers with paper that fits or with problems; it never throws. */
class FormMarkupProperties {

    private static final List<String> PREFIXES = List.of("", "", "", "# ", "## ", "#", "___ ", "___", "__", "[ ] ",
            "[x] ", "[", "---", "--", "QR ", "QR https://", "\\", "<<", ">>", " ", "\t", "\r\n", "\n");

    @Property(tries = 400)
    void any_text_becomes_paper_no_wider_than_the_printer_or_is_refused_with_a_reason(
            @ForAll("editorTexts") String text, @ForAll("profiles") PrinterProfile profile,
            @ForAll FormMarkup.Mode mode) {
        FormMarkup.Parsed parsed = FormMarkup.parse(text, profile, mode);

        if (parsed.ok()) {
            assertThat(parsed.problems()).isEmpty();
            String paper = new EscPosTextRenderer(profile.columns())
                    .render(new EscPosEncoder(profile).encode(parsed.receipt().orElseThrow()));
            assertThat(paper.lines()).allSatisfy(line ->
                    assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(profile.columns()));
        } else {
            assertThat(parsed.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(FormMarkup.MAX_PROBLEMS);
            assertThat(parsed.problems()).allSatisfy(problem -> {
                assertThat(problem.messageKey()).startsWith("forms.problem.");
                assertThat(problem.line()).isBetween(0, (int) text.lines().count() + 2);
            });
        }
    }

    @Property(tries = 200)
    void a_text_of_ordinary_lines_always_prints(@ForAll("ordinaryLines") List<String> lines) {
        FormMarkup.Parsed parsed = FormMarkup.parse(String.join("\n", lines),
                PrinterProfile.GENERIC_58MM, FormMarkup.Mode.PUBLISH);

        assertThat(parsed.ok()).as(parsed.problems().toString()).isTrue();
    }

    @Provide
    Arbitrary<String> editorTexts() {
        Arbitrary<String> line = net.jqwik.api.Combinators.combine(Arbitraries.of(PREFIXES),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("abcåäöÅÄÖ €–-_#[]<>:/. ").ofMaxLength(80))
                .as((prefix, any, plain) -> prefix + (plain.length() % 3 == 0 ? any : plain));
        return line.list().ofMaxSize(25).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<List<String>> ordinaryLines() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzåäöÅÄÖ0123456789 .,:;!?()€-")
                .ofMinLength(1).ofMaxLength(120)
                .filter(s -> !s.isBlank() && !s.strip().startsWith("-") && !s.strip().startsWith("QR "))
                .list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<PrinterProfile> profiles() {
        return Arbitraries.of(PrinterProfile.GENERIC_58MM, PrinterProfile.EPSON_80MM);
    }
}
