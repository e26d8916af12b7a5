package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.escpos.CodePage;
import fi.palvelupiste.hardware.escpos.PrinterText;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms' markup: one instruction per line, turned into a printer-independent {@link Receipt} that the encoder
 * wraps to the paper width. Any text either becomes a receipt or is refused with problems that say which line and
 * why; parsing never throws.
 * <pre>
 * # Heading            large bold centred title (16 characters a line on 58 mm paper)
 * ## Subheading        bold line
 * any other line       printed as it is, wrapped at spaces when longer than the paper
 * (blank line)         an empty line of paper; several count as one
 * ___ Label            a fill-in line: the label, room to write, a line to write on (___ alone: just the line)
 * [ ] Item             a check box
 * QR https://…         a QR code of a web address (http or https, no spaces, at most 300 characters)
 * ---                  a section rule between page-like parts of a long form
 * \# text              a backslash prints the rest of the line as text, even if it looks like markup
 * &lt;&lt;to fill in&gt;&gt;       a blank the editor must fill before publishing (allowed in drafts only)
 * </pre>
 * Other lines beginning with {@code #}, {@code [}, {@code _} or {@code --} are refused as unknown markup, and so
 * are control characters and characters the printer cannot print.
 */
public final class FormMarkup {

    /** Whether {@code <<blanks>>} are still allowed: in a draft yes, in what residents print never. */
    public enum Mode { DRAFT, PUBLISH }

    public static final int MAX_QR_LENGTH = 300;
    /** More problems than this are not listed: the editor fixes the first ones first. */
    static final int MAX_PROBLEMS = 20;
    private static final Pattern URL = Pattern.compile("https?://[!-~]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("<<[^<>]*>>");

    private FormMarkup() {
    }

    /** The outcome: a receipt, or the problems that stop the text from becoming one. */
    public record Parsed(Optional<Receipt> receipt, List<FormProblem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return receipt.isPresent();
        }
    }

    /**
     * @param columns  the paper width in font-A characters (32 on 58 mm, 48 on 80 mm): fill-in lines span it
     * @param codePage the printer's character table: characters it lacks are refused, not printed as '?'
     */
    public static Parsed parse(String markup, int columns, CodePage codePage, Mode mode) {
        String text = markup == null ? "" : markup;
        List<FormProblem> problems = new ArrayList<>();
        checkCharacters(text, problems);
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        Layout layout = new Layout(columns);
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
            String line = Normalizer.normalize(lines[i].strip(), Normalizer.Form.NFC);
            int number = i + 1;
            checkPrintable(line, number, codePage, problems);
            if (mode == Mode.PUBLISH) {
                Matcher blank = PLACEHOLDER.matcher(line);
                if (blank.find()) {
                    problems.add(FormProblem.atLine(number, "forms.problem.placeholder", blank.group()));
                }
            }
            parseLine(line, number, layout, problems);
        }
        if (problems.isEmpty() && !layout.printed) {
            problems.add(FormProblem.atLine(0, "forms.problem.empty"));
        }
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return new Parsed(Optional.of(layout.finish()), List.of());
    }

    private static void parseLine(String line, int number, Layout layout, List<FormProblem> problems) {
        if (line.isEmpty()) {
            layout.blank();
        } else if (line.startsWith("\\")) {
            layout.text(line.substring(1).strip());
        } else if (line.equals("---")) {
            layout.section();
        } else if (line.startsWith("--")) {
            problems.add(FormProblem.atLine(number, "forms.problem.rule"));
        } else if (line.startsWith("## ") && !line.substring(3).isBlank()) {
            layout.subheading(line.substring(3).strip());
        } else if (line.startsWith("# ") && !line.substring(2).isBlank()) {
            layout.heading(line.substring(2).strip());
        } else if (line.startsWith("#")) {
            problems.add(FormProblem.atLine(number, "forms.problem.heading"));
        } else if (line.startsWith("[ ] ") && !line.substring(4).isBlank()) {
            layout.checkBox(line.substring(4).strip());
        } else if (line.startsWith("[")) {
            problems.add(FormProblem.atLine(number, "forms.problem.check-box"));
        } else if (line.equals("___") || line.startsWith("___ ")) {
            layout.fillIn(line.substring(3).strip());
        } else if (line.startsWith("_")) {
            problems.add(FormProblem.atLine(number, "forms.problem.fill-in"));
        } else if (line.equals("QR") || line.startsWith("QR ")) {
            String url = line.substring(2).strip();
            if (URL.matcher(url).matches() && url.length() <= MAX_QR_LENGTH) {
                layout.qr(url);
            } else {
                problems.add(FormProblem.atLine(number, "forms.problem.qr", MAX_QR_LENGTH));
            }
        } else {
            layout.text(line);
        }
    }

    /** Control and invisible formatting characters never reach the printer: the editor is told where they are. */
    private static void checkCharacters(String text, List<FormProblem> problems) {
        int line = 1;
        for (int i = 0; i < text.length() && problems.size() < MAX_PROBLEMS; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
            } else if (cp == '\r') {
                if (i >= text.length() || text.charAt(i) != '\n') {
                    line++;
                }
            } else if (isControl(cp)) {
                problems.add(FormProblem.atLine(line, "forms.problem.control", String.format("U+%04X", cp)));
            }
        }
    }

    private static boolean isControl(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A character the printer lacks would come out as '?': refused, named, so the editor can replace it. */
    private static void checkPrintable(String line, int number, CodePage codePage, List<FormProblem> problems) {
        line.codePoints().distinct().forEach(cp -> {
            if (cp == '?' || problems.size() >= MAX_PROBLEMS) {
                return;
            }
            String printed = PrinterText.sanitize(new String(Character.toChars(cp)), codePage);
            if (printed.isEmpty() || printed.equals("?")) {
                problems.add(FormProblem.atLine(number, "forms.problem.unprintable", new String(Character.toChars(cp))));
            }
        });
    }

    /** Builds the receipt, keeping empty lines single and the style plain between elements. */
    private static final class Layout {
        private final Receipt.Builder receipt = Receipt.builder();
        private final int columns;
        boolean printed;
        private boolean lastBlank = true;

        Layout(int columns) {
            this.columns = columns;
        }

        void blank() {
            if (!lastBlank) {
                receipt.text("");
                lastBlank = true;
            }
        }

        void text(String text) {
            receipt.text(text);
            contentAdded();
        }

        void heading(String text) {
            receipt.align(Align.CENTER).size(TextSize.LARGE).bold(true).text(text)
                    .align(Align.LEFT).size(TextSize.NORMAL).bold(false);
            contentAdded();
        }

        void subheading(String text) {
            receipt.bold(true).text(text).bold(false);
            contentAdded();
        }

        void checkBox(String text) {
            receipt.text("[ ] " + text);
            contentAdded();
        }

        /** The label, an empty line to write on, and a line as wide as the paper under the writing. */
        void fillIn(String label) {
            if (!label.isEmpty()) {
                receipt.text(label);
            }
            receipt.text("").text("_".repeat(columns));
            contentAdded();
        }

        void qr(String url) {
            receipt.qr(url);
            contentAdded();
        }

        void section() {
            blank();
            receipt.rule();
            receipt.text("");
            contentAdded();
            lastBlank = true;
        }

        private void contentAdded() {
            printed = true;
            lastBlank = false;
        }

        Receipt finish() {
            return receipt.cut().build();
        }
    }
}
