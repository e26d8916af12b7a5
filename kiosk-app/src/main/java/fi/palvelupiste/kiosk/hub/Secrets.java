package fi.palvelupiste.kiosk.hub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Device tokens and enrolment codes, and the hashes the hub keeps of them. Both are long random secrets (256 and
 * 60 bits), so a plain SHA-256 is enough: there is nothing to guess from, unlike a person's password.
 */
final class Secrets {

    /** No look-alikes (0/O, 1/I/L, 5/S, 8/B): an admin types the code from a screen or a note. */
    static final String CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY2345679";
    static final int CODE_LENGTH = 12;
    private static final SecureRandom random = new SecureRandom();

    private Secrets() {
    }

    /** A new device token: 32 random bytes, base64url without padding (43 characters). */
    static String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new enrolment code in groups of four: "KQ7M-3XCA-9TPW". */
    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A typed code as it was made: case, spaces and dashes do not matter. */
    static String normalizeCode(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
