package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.kiosk.i18n.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The paper a resident gets from a form version in their language. One language, as the version's texts fall back
 * ({@link FormTexts#in}), unless the version prints with Finnish and the resident's language (not Finnish) has a
 * translation of its own: then each Finnish line comes with the same line in the resident's language under it.
 * <p>
 * Pairing goes by the two texts' structure: their lines other than blank ones must be of the same kinds in the same
 * order (heading with heading, check box with check box …). The translation is printed bold, never smaller: the
 * resident, often older, reads it, while the Finnish keeps the look of the one-language form for the official.
 * When the structures do not pair (a translator split a line in two), no line is guessed at: the whole form in the
 * resident's language comes first, then a section rule and the whole Finnish form.
 */
final class FormSlip {

    /** The paper or why it cannot print, and how its languages are laid out. */
    record Printed(FormMarkup.Parsed parsed, PaperLanguages languages) {
    }

    private FormSlip() {
    }

    static Printed of(FormTexts texts, boolean printWithFinnish, Language language, PrinterProfile profile,
                      FormMarkup.Mode mode) {
        Optional<FormText> translation = printWithFinnish && language != Language.FI
                ? texts.translation(language) : Optional.empty();
        if (translation.isEmpty()) {
            return new Printed(FormMarkup.parse(texts.in(language).markup(), profile, mode), PaperLanguages.ONE);
        }
        return withFinnish(texts.in(Language.FI).markup(), translation.get().markup(), language, profile, mode);
    }

    /** The Finnish text and its translation into {@code language} on one slip; problems say which of the two. */
    static Printed withFinnish(String finnish, String translation, Language language, PrinterProfile profile,
                               FormMarkup.Mode mode) {
        FormMarkup.Read finnishLines = FormMarkup.read(finnish, profile, mode);
        FormMarkup.Read translatedLines = FormMarkup.read(translation, profile, mode);
        if (!finnishLines.ok() || !translatedLines.ok()) {
            List<FormProblem> problems = new ArrayList<>();
            finnishLines.problems().forEach(problem -> problems.add(problem.in(Language.FI)));
            translatedLines.problems().forEach(problem -> problems.add(problem.in(language)));
            return new Printed(new FormMarkup.Parsed(Optional.empty(), problems), PaperLanguages.LINE_BY_LINE);
        }
        FormMarkup.Layout layout = new FormMarkup.Layout(profile.columns());
        PaperLanguages languages;
        if (pairs(finnishLines.lines(), translatedLines.lines())) {
            List<FormMarkup.Line> translated = structure(translatedLines.lines());
            int next = 0;
            for (FormMarkup.Line line : finnishLines.lines()) {
                if (line instanceof FormMarkup.Line.Blank) {
                    layout.add(line);
                } else {
                    layout.pair(line, translated.get(next++));
                }
            }
            languages = PaperLanguages.LINE_BY_LINE;
        } else {
            translatedLines.lines().forEach(layout::add);
            layout.add(new FormMarkup.Line.Section());
            finnishLines.lines().forEach(layout::add);
            languages = PaperLanguages.TRANSLATION_THEN_FINNISH;
        }
        Receipt receipt = layout.finish();
        return new Printed(new FormMarkup.Parsed(Optional.of(receipt), List.of()), languages);
    }

    /** Whether two texts' lines pair one to one: the same kinds in the same order, blank lines aside. */
    static boolean pairs(List<FormMarkup.Line> finnish, List<FormMarkup.Line> translation) {
        List<FormMarkup.Line> a = structure(finnish);
        List<FormMarkup.Line> b = structure(translation);
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).getClass() != b.get(i).getClass()) {
                return false;
            }
        }
        return true;
    }

    private static List<FormMarkup.Line> structure(List<FormMarkup.Line> lines) {
        return lines.stream().filter(line -> !(line instanceof FormMarkup.Line.Blank)).toList();
    }
}
