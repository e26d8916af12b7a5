package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.ChangeRefusedException;
import fi.palvelupiste.kiosk.TypedText;

/** A coordinator's change that cannot be saved; the message is a message key that says what to fix. */
public class PlanningException extends ChangeRefusedException {

    public PlanningException(String messageKey) {
        super(messageKey);
    }

    /** A text that cannot be stored: {@code events.error.too-long} or {@code events.error.characters}. */
    PlanningException(TypedText.Refusal refusal) {
        super("events", refusal);
    }
}
