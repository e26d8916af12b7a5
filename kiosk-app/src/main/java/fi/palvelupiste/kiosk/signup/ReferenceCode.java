package fi.palvelupiste.kiosk.signup;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The code a resident uses to change a sign-up: 6 characters from an alphabet without look-alikes (no 0/O,
 * no 1/I/L), so it can be read from a slip and typed without doubt. 31^6 ≈ 890 million codes.
 */
public final class ReferenceCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;

    private ReferenceCode() {
    }

    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As typed by a person: upper case, without spaces and hyphens. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
