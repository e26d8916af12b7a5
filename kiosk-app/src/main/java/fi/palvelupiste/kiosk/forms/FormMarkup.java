package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.escpos.CodePage;
import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.escpos.PrinterText;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import org.jspecify.annotations.Nullable;

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
 * are control characters and characters none of the printer's tables has. The text is read into {@link Line}s
 * first, which {@link FormSlip} also pairs with a translation's, line by line.
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

    /** One instruction of the markup, as read. */
    sealed interface Line {
        record Heading(String text) implements Line {
        }

        record Subheading(String text) implements Line {
        }

        record Text(String text) implements Line {
        }

        /** An empty line of paper: spacing, not part of the form's structure when two languages are paired. */
        record Blank() implements Line {
        }

        record FillIn(String label) implements Line {
        }

        record CheckBox(String text) implements Line {
        }

        record Qr(String url) implements Line {
        }

        record Section() implements Line {
        }
    }

    /** The markup's lines, or the problems that stop it from printing (and then no lines). */
    record Read(List<Line> lines, List<FormProblem> problems) {
        Read {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param profile the printer: fill-in lines span its paper, and characters none of its tables has are refused,
     *                not printed as '?'
     */
    public static Parsed parse(@Nullable String markup, PrinterProfile profile, Mode mode) {
        Read read = read(markup, profile, mode);
        if (!read.ok()) {
            return new Parsed(Optional.empty(), read.problems());
        }
        Layout layout = new Layout(profile.columns());
        read.lines().forEach(layout::add);
        return new Parsed(Optional.of(layout.finish()), List.of());
    }

    static Read read(@Nullable String markup, PrinterProfile profile, Mode mode) {
        String text = markup == null ? "" : markup;
        List<FormProblem> problems = new ArrayList<>();
        checkCharacters(text, problems);
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        EscPosEncoder encoder = new EscPosEncoder(profile);
        List<Line> read = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
            String line = Normalizer.normalize(lines[i].strip(), Normalizer.Form.NFC);
            int number = i + 1;
            checkPrintable(line, number, profile, encoder, problems);
            if (mode == Mode.PUBLISH) {
                Matcher blank = PLACEHOLDER.matcher(line);
                if (blank.find()) {
                    problems.add(FormProblem.atLine(number, "forms.problem.placeholder", blank.group()));
                }
            }
            parseLine(line, number, problems).ifPresent(read::add);
        }
        if (problems.isEmpty() && read.stream().allMatch(Line.Blank.class::isInstance)) {
            problems.add(FormProblem.atLine(0, "forms.problem.empty"));
        }
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return new Read(read, List.of());
    }

    private static Optional<Line> parseLine(String line, int number, List<FormProblem> problems) {
        if (line.isEmpty()) {
            return Optional.of(new Line.Blank());
        } else if (line.startsWith("\\")) {
            return Optional.of(new Line.Text(line.substring(1).strip()));
        } else if (line.equals("---")) {
            return Optional.of(new Line.Section());
        } else if (line.startsWith("--")) {
            problems.add(FormProblem.atLine(number, "forms.problem.rule"));
        } else if (line.startsWith("## ") && !line.substring(3).isBlank()) {
            return Optional.of(new Line.Subheading(line.substring(3).strip()));
        } else if (line.startsWith("# ") && !line.substring(2).isBlank()) {
            return Optional.of(new Line.Heading(line.substring(2).strip()));
        } else if (line.startsWith("#")) {
            problems.add(FormProblem.atLine(number, "forms.problem.heading"));
        } else if (line.startsWith("[ ] ") && !line.substring(4).isBlank()) {
            return Optional.of(new Line.CheckBox(line.substring(4).strip()));
        } else if (line.startsWith("[")) {
            problems.add(FormProblem.atLine(number, "forms.problem.check-box"));
        } else if (line.equals("___") || line.startsWith("___ ")) {
            return Optional.of(new Line.FillIn(line.substring(3).strip()));
        } else if (line.startsWith("_")) {
            problems.add(FormProblem.atLine(number, "forms.problem.fill-in"));
        } else if (line.equals("QR") || line.startsWith("QR ")) {
            String url = line.substring(2).strip();
            if (URL.matcher(url).matches() && url.length() <= MAX_QR_LENGTH) {
                return Optional.of(new Line.Qr(url));
            }
            problems.add(FormProblem.atLine(number, "forms.problem.qr", MAX_QR_LENGTH));
        } else {
            return Optional.of(new Line.Text(line));
        }
        return Optional.empty();
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

    /**
     * A character the printer lacks would come out as '?': refused, named, so the editor can replace it. A letter
     * prints when one of the printer's tables has it (Arabic as the encoder shapes it), anything else when one of
     * them prints it as itself or as its look-alike.
     */
    private static void checkPrintable(String line, int number, PrinterProfile profile, EscPosEncoder encoder,
                                       List<FormProblem> problems) {
        line.codePoints().distinct().forEach(cp -> {
            if (cp == '?' || problems.size() >= MAX_PROBLEMS) {
                return;
            }
            String character = new String(Character.toChars(cp));
            boolean printable = Character.isLetter(cp) ? !encoder.printsAsPicture(character)
                    : profile.codePages().stream().anyMatch(page -> printsAsItself(character, page));
            if (!printable) {
                problems.add(FormProblem.atLine(number, "forms.problem.unprintable", character));
            }
        });
    }

    private static boolean printsAsItself(String character, CodePage page) {
        String printed = PrinterText.sanitize(character, page);
        return !printed.isEmpty() && !printed.equals("?");
    }

    /** Builds the receipt, keeping empty lines single and the style plain between elements. */
    static final class Layout {
        private final Receipt.Builder receipt = Receipt.builder();
        private final int columns;
        private boolean lastBlank = true;

        Layout(int columns) {
            this.columns = columns;
        }

        /** One line of a form in one language. */
        void add(Line line) {
            switch (line) {
                case Line.Heading heading -> heading(heading.text());
                case Line.Subheading subheading -> subheading(subheading.text());
                case Line.Text text -> text(text.text());
                case Line.Blank blank -> blank();
                case Line.FillIn fillIn -> fillIn(fillIn.label());
                case Line.CheckBox checkBox -> checkBox(checkBox.text());
                case Line.Qr qr -> qr(qr.url());
                case Line.Section section -> section();
            }
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

        void fillIn(String label) {
            fillIn(label, "");
        }

        /** The label (and its translation), an empty line to write on, and a line as wide as the paper under it. */
        private void fillIn(String label, String translatedLabel) {
            if (!label.isEmpty()) {
                receipt.text(label);
            }
            if (!translatedLabel.isEmpty()) {
                translation(translatedLabel);
            }
            receipt.text("").text("_".repeat(columns));
            contentAdded();
        }

        /**
         * A Finnish line and the same line in the resident's language under it, in bold (FormSlip says why); a
         * heading's translation in tall letters, as wide as ordinary ones. One check box, one line to write on and one
         * QR code serve both; a subheading is underlined too, so that it still stands out above its bold translation.
         */
        void pair(Line finnish, Line translation) {
            switch (finnish) {
                case Line.Heading heading -> {
                    heading(heading.text());
                    receipt.align(Align.CENTER).size(TextSize.TALL).bold(true).text(wordsOf(translation))
                            .align(Align.LEFT).size(TextSize.NORMAL).bold(false);
                }
                case Line.Subheading subheading -> {
                    receipt.bold(true).underline(true).text(subheading.text()).underline(false).bold(false);
                    translation(wordsOf(translation));
                    contentAdded();
                }
                case Line.Text text -> {
                    text(text.text());
                    translation(wordsOf(translation));
                }
                case Line.CheckBox checkBox -> {
                    checkBox(checkBox.text());
                    translation(wordsOf(translation));
                }
                case Line.FillIn fillIn -> fillIn(fillIn.label(), wordsOf(translation));
                case Line.Qr qr -> qr(wordsOf(translation));
                case Line.Blank blank -> blank();
                case Line.Section section -> section();
            }
        }

        private void translation(String text) {
            receipt.bold(true).text(text).bold(false);
        }

        private static String wordsOf(Line line) {
            return switch (line) {
                case Line.Heading heading -> heading.text();
                case Line.Subheading subheading -> subheading.text();
                case Line.Text text -> text.text();
                case Line.FillIn fillIn -> fillIn.label();
                case Line.CheckBox checkBox -> checkBox.text();
                case Line.Qr qr -> qr.url();
                case Line.Blank blank -> "";
                case Line.Section section -> "";
            };
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
            lastBlank = false;
        }

        Receipt finish() {
            return receipt.cut().build();
        }
    }
}
