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

    /** The number in national form, or empty when it is not a Finnish mobile number. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replace(" ", "").replace("-", "");
        if (compact.startsWith("+358")) {
            compact = "0" + compact.substring(4);
        } else if (compact.startsWith("00358")) {
            compact = "0" + compact.substring(5);
        }
        return NATIONAL.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** For people to read and call: 040 123 4567. */
    /** A mobile number as shown ("044 111 2233"); any other number (a landline) as it was typed. */
    public static String displayAny(String typed) {
        return normalize(typed).map(FinnishMobile::display).orElse(typed.strip());
    }

    public static String display(String national) {
        if (national == null || national.length() < 7) {
            return national == null ? "" : national;
        }
        return national.substring(0, 3) + " " + national.substring(3, 6) + " " + national.substring(6);
    }
}
