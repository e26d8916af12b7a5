package fi.palvelupiste.kiosk.kiosk.ui.step;

import org.jspecify.annotations.Nullable;

import java.io.Serializable;

/**
 * What a resident typed on an "I have a reference code" screen (changing a booking, checking in): the code and the
 * first letters of the surname, and why the last try found nothing. A failed try keeps the code to be corrected and
 * forgets the letters, so the next try starts clean.
 */
public final class CodeAnswers implements Serializable {

    private String code = "";
    private String surname = "";
    private @Nullable String message;

    public void typeCode(String typed) {
        code = typed;
    }

    public void typeSurname(String typed) {
        surname = typed;
    }

    public String code() {
        return code;
    }

    public String surname() {
        return surname;
    }

    /** Nothing found, or too many tries: the reason, shown once at the code; the letters forgotten. */
    public void notFound(String reason) {
        message = reason;
        surname = "";
    }

    /** The reason the last try found nothing, once. */
    public @Nullable String takeMessage() {
        String taken = message;
        message = null;
        return taken;
    }

    public boolean hasTypedText() {
        return !code.isBlank() || !surname.isBlank();
    }
}
