package fi.palvelupiste.hardware.escpos;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

import java.nio.charset.CharsetEncoder;

/**
 * Right-to-left text for a printer that draws each byte as it comes, left to right: a line is put in visual order
 * (ICU's bidi algorithm: Arabic runs reversed, digits and Latin words inside them kept readable), and for a table of
 * shaped letters (PC864) each letter is first given its initial, medial, final or isolated form. PC864 has fewer
 * forms than Unicode: a form it lacks becomes the nearest one it has (final to isolated, medial to initial).
 */
public final class ArabicText {

    private ArabicText() {
    }

    /** Whether the text has a letter of a right-to-left script (Arabic, Hebrew…). */
    public static boolean rightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte direction = Character.getDirectionality(cp);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /**
     * The text in the letters {@code page} holds: for a table of shaped letters, each Arabic letter in its
     * contextual form (in logical order still, so that it can be wrapped); any other text as it is.
     */
    static String shaped(String text, CodePage page) {
        if (!page.shapedArabic() || !rightToLeft(text)) {
            return text;
        }
        try {
            // the short vowel marks are optional in print, and the printer's table has no room for them
            String letters = text.replaceAll("[\\u064B-\\u065F\\u0670]", "");
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(letters);
            return nearestForms(shaped, page.charset().newEncoder());
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    /** One printed line in visual order, left to right as the paper shows it; a line without Arabic as it is. */
    static String visual(String line) {
        if (!rightToLeft(line)) {
            return line;
        }
        return new Bidi(line, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT)
                .writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** A form the table lacks becomes an earlier form of the same letter that it has (medial → initial → …). */
    private static String nearestForms(String shaped, CharsetEncoder encoder) {
        StringBuilder out = new StringBuilder(shaped.length());
        for (char c : shaped.toCharArray()) {
            char kept = c;
            if (c >= 0xFE70 && c <= 0xFEFC && !encoder.canEncode(c)) {
                String letter = base(c);
                for (char form = (char) (c - 1); form >= c - 3; form--) {
                    if (encoder.canEncode(form) && base(form).equals(letter)) {
                        kept = form;
                        break;
                    }
                }
            }
            out.append(kept);
        }
        return out.toString();
    }

    private static String base(char form) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE).shape(String.valueOf(form));
        } catch (ArabicShapingException e) {
            return String.valueOf(form);
        }
    }
}
