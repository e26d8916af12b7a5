package fi.palvelupiste.kiosk.resident;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finnish mobile numbers as residents type them on the keypad: 040 123 4567, 050 1234567, +358 40 123 4567.
 * Stored in national form (0401234567) so organisers can call it as it is.
 */
public final class FinnishMobile {

    /** 04x or 050, then 6 to 8 digits. */
    private static final Pattern NATIONAL = Pattern.compile("0(4\\d|50)\\d{6,8}");

    private FinnishMobile() {
    }

    /** 04x or 050 at the start: a mobile number, whatever its length. */
    private static final Pattern MOBILE_START = Pattern.compile("0(4\\d|50)\\d*");
    /** The shortest and longest mobile number in national form (04x + 6 to 8 digits). */
    static final int MIN_DIGITS = 9;
    static final int MAX_DIGITS = 11;

    /** Why a typed number is not a mobile number, so that the resident is told what to fix. */
    public enum Problem {
        /** A mobile number's start, but digits are missing. */
        TOO_SHORT,
        /** A mobile number's start, but a digit or more too many. */
        TOO_LONG,
        /** Not a Finnish mobile number at all (a landline, a foreign number, a typo at the start). */
        NOT_MOBILE
    }

    /** The number in national form, or empty when it is not a Finnish mobile number. */
    public static Optional<String> normalize(String raw) {
        String compact = national(raw);
        return NATIONAL.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** What is wrong with the typed number; empty when it is a mobile number. */
    public static Optional<Problem> problem(String raw) {
        String compact = national(raw);
        if (NATIONAL.matcher(compact).matches()) {
            return Optional.empty();
        }
        if (MOBILE_START.matcher(compact).matches()) {
            return Optional.of(compact.length() > MAX_DIGITS ? Problem.TOO_LONG
                    : compact.length() < MIN_DIGITS ? Problem.TOO_SHORT : Problem.NOT_MOBILE);
        }
        return Optional.of(Problem.NOT_MOBILE);
    }

    /** As typed, without spaces and dashes, +358 and 00358 turned into 0. */
    private static String national(String raw) {
        if (raw == null) {
            return "";
        }
        String compact = raw.replace(" ", "").replace("-", "");
        if (compact.startsWith("+358")) {
            return "0" + compact.substring(4);
        }
        if (compact.startsWith("00358")) {
            return "0" + compact.substring(5);
        }
        return compact;
    }

    /**
     * A number typed by staff (an organiser's, a ride's contact) as printed and shown: a mobile number as
     * "044 111 2233", any other number (a landline) as it was typed.
     */
    public static String displayAny(String typed) {
        return normalize(typed).map(FinnishMobile::display).orElse(typed.strip());
    }

    /** A stored mobile number (national form) for people to read and call: 040 123 4567. */
    public static String display(String national) {
        if (national == null || national.length() < 7) {
            return national == null ? "" : national;
        }
        return national.substring(0, 3) + " " + national.substring(3, 6) + " " + national.substring(6);
    }
}
