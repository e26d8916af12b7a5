package fi.palvelupiste.kiosk.resident;

import org.jspecify.annotations.Nullable;

/**
 * What a resident needs on the day: only what the organisers must prepare for.
 *
 * @param interpreterLanguage a language code from {@link #INTERPRETER_LANGUAGES}, or null for none
 */
public record Needs(boolean applicationHelp, boolean wheelchair, @Nullable String interpreterLanguage) {

    /** The interpreter languages residents can choose; the text of each is {@code signup.interpreter.<code>}. */
    public static final java.util.List<String> INTERPRETER_LANGUAGES =
            java.util.List.of("ar", "fa", "so", "ru", "uk", "en", "sign", "other");

    public static final Needs NONE = new Needs(false, false, null);

    public Needs {
        if (interpreterLanguage != null && !INTERPRETER_LANGUAGES.contains(interpreterLanguage)) {
            throw new IllegalArgumentException("unknown interpreter language " + interpreterLanguage);
        }
    }

    public boolean any() {
        return applicationHelp || wheelchair || interpreterLanguage != null;
    }
}
