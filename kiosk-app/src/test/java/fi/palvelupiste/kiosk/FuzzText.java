package fi.palvelupiste.kiosk;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * Generated input for the fuzz properties: whatever a resident's tap, a coordinator's paste or a script could put
 * into a text field. Mixed on purpose: plain Finnish text that validators accept (so the storing, printing and
 * exporting paths run too), text near the columns' limits, and the nasty kinds — any UTF-16 unit (unpaired
 * surrogates included), astral letters and emoji, combining marks, right-to-left text and bidi controls,
 * zero-width characters, C0/C1 control bytes, ESC/POS commands, NUL, HTML/JS, formula starts, SQL fragments,
 * and very long text (10,000–100,000 characters).
 */
public final class FuzzText {

    /** Pieces that have broken software somewhere; joined, repeated and mixed with plain text. */
    public static final List<String> NASTY = List.of(
            // astral planes: emoji, flags, mathematical and historic letters (letters by Character.isLetter)
            "😀", "🇫🇮", "👩‍👩‍👧", "𝐀𝐢𝐧𝐨", "𠜎𠜱", "𞤀𞤢𞤤", "𐐷",
            // combining marks, alone and stacked
            "e\u0301", "\u0301", "Z\u0335\u0322\u031B\u0327", "a\u20DD", "\u0915\u093C",
            // right to left, bidi controls, zero width
            "محمد", "שלום", "\u202Eevil\u202C", "\u2066x\u2069", "\u200F", "\u200E", "\u061C",
            "\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD",
            // unpaired surrogates (Java strings allow them)
            "\uD800", "\uDFFF", "\uDBFF\u0041",
            // C0 and C1 control characters, line and paragraph separators
            "\u0000", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000B", "\f", "\u001B", "\u001F", "\u007F",
            "\u0080", "\u0085", "\u009B", "\u009F", "\u2028", "\u2029",
            // ESC/POS commands a printer would obey: initialise, cut, real-time status, feed, QR, code page, beep
            "\u001B@", "\u001DV\u0000", "\u001DVA\u0003", "\u0010\u0004\u0001", "\u0010\u0014\u0001\u0000\u0005",
            "\u001Bd\u00FF", "\u001D(k\u0004\u00001A2\u0000", "\u001Bt\u0010", "\u001BB\u0009\u0009", "\u001Bp\u0000",
            // markup and script
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "&amp;",
            "&#x202E;", "{{7*7}}", "${7*7}", "javascript:alert(1)", "<b>", "</div>",
            // spreadsheet formula starts
            "=1+2", "=cmd|' /C calc'!A0", "+358", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")",
            // SQL and escaping
            "'; DROP TABLE signup; --", "' OR '1'='1", "\\", "\\'", "\\\\n", "%", "_", "%_%", "\"", "''", "`", ";",
            // MessageFormat and markup of our own
            "{0}", "'{'", "!signup.name.empty!", "# ", "___ ", "[ ] ", "QR ", "<<blank>>", "---",
            // white space of many kinds
            " ", "   ", "\u00A0", "\u2003", "\u3000", "\u202F",
            // plain words
            "Aino", "Virtanen", "Åsa", "Öhman", "Kylätalo", "Tervo", "040 123 4567", "10.00", "Ääninen");

    private static final String PLAIN_CHARS =
            "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789 .,:;!?()-'€";
    /** Letters (no marks) of Latin, Cyrillic, Arabic, Greek and CJK: any order of them is a name. */
    private static final String NAME_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöüéšžABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉ"
            + "МарияІванاحمدΑλέξη王芳";
    /** Name letters with the vowel signs of Devanagari and Thai, which the rule takes only after a letter. */
    private static final String LETTERS = NAME_LETTERS + "अनीताดวงใจ";

    private FuzzText() {
    }

    /** Anything at all, from empty to 100,000 characters. */
    public static Arbitrary<String> anyText() {
        return Arbitraries.frequencyOf(Tuple.of(97, shortText()), Tuple.of(3, veryLong()));
    }

    /** Anything up to a few hundred characters: for where length does not matter (a CSV cell). */
    public static Arbitrary<String> shortText() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(25, nastyMix()),
                Tuple.of(20, plain(0, 60)),
                Tuple.of(12, plain(50, 220)),
                Tuple.of(15, plainWithNasty()),
                Tuple.of(5, astralLetters()));
    }

    /**
     * What reaches a name field: half of it names of many scripts that the rule takes (one or two words, spaces
     * around), so the storing and printing paths run; the rest letters and marks anyhow, astral letters, anything.
     */
    public static Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withChars(NAME_LETTERS).ofMinLength(1).ofMaxLength(14);
        Arbitrary<String> name = Combinators.combine(word, Arbitraries.of(" ", "-", "'", " ", "  "),
                word.injectNull(0.5), Arbitraries.of("", " ", "  ")).as((a, sep, b, around) ->
                around + (b == null ? a : a + sep + b) + around);
        return Arbitraries.frequencyOf(
                Tuple.of(50, name),
                Tuple.of(15, letters(1, 65)),
                Tuple.of(10, astralLetters()),
                Tuple.of(25, anyText()));
    }

    /** What reaches a phone field: none, Finnish mobiles as typed, keypad characters anyhow, or anything. */
    public static Arbitrary<String> phones() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of("", " ")),
                Tuple.of(30, Combinators.combine(Arbitraries.of("040", "044 ", "050", "+35840", "+358 45 ", "0035850",
                        "09"), Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(9)).as(String::concat)),
                Tuple.of(20, Arbitraries.strings().withChars("0123456789+ -").ofMaxLength(22)),
                Tuple.of(30, anyText()));
    }

    /** Text as a person types it: plain, with spaces around it, sometimes spoiled by one nasty piece. */
    public static Arbitrary<String> plainWithNasty() {
        return Combinators.combine(plain(0, 40), Arbitraries.of(NASTY), plain(0, 20))
                .as((before, nasty, after) -> before + nasty + after);
    }

    /** 1–8 nasty pieces, sometimes with plain text between them. */
    public static Arbitrary<String> nastyMix() {
        return Arbitraries.oneOf(Arbitraries.of(NASTY), plain(0, 8)).list().ofMinSize(1).ofMaxSize(8)
                .map(pieces -> String.join("", pieces));
    }

    /** Ordinary text of letters, digits, spaces and punctuation, between the given lengths. */
    public static Arbitrary<String> plain(int minLength, int maxLength) {
        return Arbitraries.strings().withChars(PLAIN_CHARS).ofMinLength(minLength).ofMaxLength(maxLength);
    }

    /** Letters of several scripts with single spaces and hyphens: mostly valid names. */
    public static Arbitrary<String> letters(int minLength, int maxLength) {
        return Arbitraries.strings().withChars(LETTERS + " -'").ofMinLength(minLength).ofMaxLength(maxLength);
    }

    /** Letters outside the BMP (each two UTF-16 units): 𝐀, Adlam, Deseret, CJK extension B. */
    public static Arbitrary<String> astralLetters() {
        return Arbitraries.of(0x1D400, 0x1D41A, 0x1E900, 0x1E922, 0x10437, 0x2070E, 0x20731)
                .list().ofMinSize(1).ofMaxSize(70)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString());
    }

    /** 10,000–100,000 characters: any units, or plain text, or one nasty piece repeated. */
    public static Arbitrary<String> veryLong() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(10_000).ofMaxLength(100_000),
                plain(10_000, 100_000),
                Combinators.combine(Arbitraries.of(NASTY), Arbitraries.integers().between(10_000, 100_000))
                        .as((piece, length) -> piece.repeat(length / piece.length() + 1).substring(0, length)));
    }

    /** A human-readable form of a failing example: control and invisible characters as \\uXXXX. */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder();
        String shown = text.length() > 200 ? text.substring(0, 200) : text;
        shown.chars().forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return text.length() > 200 ? out + "… (" + text.length() + " characters)" : out.toString();
    }
}
