package fi.palvelupiste.kiosk.resident;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The rule for first and last names: 1–60 characters after trimming; letters of any script (with their accents
 * and vowel signs), space, hyphen and apostrophe; starting with a letter. A letter outside Unicode's basic plane
 * (Adlam, 𝐀, CJK extension B) is two UTF-16 units and counts as two: the columns hold 60 units on H2. Emoji, digits, control characters and
 * markup are refused, so a name can never start a spreadsheet formula or reach a printer as a command.
 */
public final class ResidentName {

    public static final int MAX_LENGTH = 60;

    /** Why a name was refused; each has a message key {@code signup.name.<problem>}. */
    public enum Problem {
        EMPTY, TOO_LONG, CHARACTERS;

        public String messageKey() {
            return "signup.name." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private ResidentName() {
    }

    /** The name as it is stored: NFC, spaces trimmed, runs of spaces made one, typographic apostrophes and hyphens plain. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2010', '-').replace('\u2011', '-');
        // only spaces are trimmed: a tab or line break is a control character and makes the name invalid
        return text.replaceAll("^ +| +$", "").replaceAll(" {2,}", " ");
    }

    /** What is wrong with the name, or empty when it can be used (after {@link #normalize}). */
    public static Optional<Problem> problem(String raw) {
        String name = normalize(raw);
        if (name.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        int previous = -1;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (!allowed(cp, previous)) {
                return Optional.of(Problem.CHARACTERS);
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return Character.isLetter(name.codePointAt(0)) ? Optional.empty() : Optional.of(Problem.CHARACTERS);
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    private static boolean allowed(int cp, int previous) {
        if (Character.isLetter(cp)) {
            return true;
        }
        if (cp == ' ' || cp == '-' || cp == '\'') {
            return true;
        }
        int type = Character.getType(cp);
        // accents and vowel signs of many scripts (Devanagari, Thai…) are marks that belong to the letter before
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        return mark && previous != -1 && (Character.isLetter(previous) || isMark(previous));
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
