package fi.palvelupiste.kiosk.signup;

/** A coordinator's change that cannot be saved; the message is a message key that says what to fix. */
public class PlanningException extends RuntimeException {

    public PlanningException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
