package fi.palvelupiste.kiosk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords that guessers try first, shipped with the app ({@code security/common-passwords.txt}: the 10,000
 * most common of at least {@value StaffAccounts#MIN_PASSWORD_LENGTH} characters; README says where they come from).
 * Compared without regard to case: "Qwertyuiop123" is as weak as "qwertyuiop123".
 */
final class CommonPasswords {

    static final String RESOURCE = "/security/common-passwords.txt";
    /** The file's licence and source lines; "#" alone would also drop passwords that begin with it. */
    private static final String COMMENT = "# ";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith(COMMENT)) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return new CommonPasswords(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    boolean contains(String password) {
        return passwords.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }
}
