package fi.palvelupiste.hardware.escpos;

import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * Makes any text safe for a printer's character table: user text never reaches the printer raw.
 * Control and format characters are dropped, typographic punctuation gets its plain look-alike,
 * letters the table lacks lose their accents (š → s), and whatever is still unprintable becomes '?'.
 */
public final class PrinterText {

    private static final char REPLACEMENT = '?';

    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"), Map.entry(0x2032, "'"),
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x00AB, "\""),
            Map.entry(0x00BB, "\""), Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"),
            Map.entry(0x2013, "-"), Map.entry(0x2014, "-"), Map.entry(0x2212, "-"), Map.entry(0x2026, "..."),
            Map.entry(0x00A0, " "), Map.entry(0x2007, " "), Map.entry(0x202F, " "), Map.entry(0x2022, "*"),
            Map.entry(0x20AC, "EUR"));

    private PrinterText() {
    }

    /**
     * Returns a single line in which every character can be encoded in the code page as one byte of at least
     * 0x20 (never a control byte). Line breaks and tabs become spaces.
     */
    public static String sanitize(String text, CodePage codePage) {
        CharsetEncoder encoder = codePage.charset().newEncoder();
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> appendPrintable(out, cp, encoder));
        return out.toString();
    }

    /**
     * How many characters of the text the code page lacks (they would lose their accent or become '?'); control
     * characters, which are dropped anyway, do not count.
     */
    public static int missing(String text, CodePage codePage) {
        CharsetEncoder encoder = codePage.charset().newEncoder();
        return (int) Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().filter(cp -> {
            int type = Character.getType(cp);
            if (cp < 0x20 || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                return false;
            }
            String lookAlike = LOOK_ALIKES.get(cp);
            return !isPrintable(cp, encoder)
                    && (lookAlike == null || !lookAlike.chars().allMatch(c -> isPrintable(c, encoder)));
        }).count();
    }

    /** Whether a letter of the text would print as '?' in the code page (not merely without its accent). */
    public static boolean losesLetters(String text, CodePage codePage) {
        CharsetEncoder encoder = codePage.charset().newEncoder();
        return Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().filter(Character::isLetter).anyMatch(cp -> {
            StringBuilder printed = new StringBuilder(2);
            appendPrintable(printed, cp, encoder);
            return printed.toString().equals(String.valueOf(REPLACEMENT));
        });
    }

    private static void appendPrintable(StringBuilder out, int cp, CharsetEncoder encoder) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            out.append(' ');
            return;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return;
        }
        if (isPrintable(cp, encoder)) {
            out.appendCodePoint(cp);
            return;
        }
        String lookAlike = LOOK_ALIKES.get(cp);
        if (lookAlike != null && lookAlike.chars().allMatch(c -> isPrintable(c, encoder))) {
            out.append(lookAlike);
            return;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        int base = decomposed.codePointAt(0);
        if (base != cp && isPrintable(base, encoder)) {
            out.appendCodePoint(base);
            return;
        }
        out.append(REPLACEMENT);
    }

    private static boolean isPrintable(int cp, CharsetEncoder encoder) {
        return cp >= 0x20 && cp != 0x7F && Character.isBmpCodePoint(cp) && !Character.isISOControl(cp)
                && encoder.canEncode((char) cp);
    }
}
