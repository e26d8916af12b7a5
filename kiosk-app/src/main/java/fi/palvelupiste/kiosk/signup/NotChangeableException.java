package fi.palvelupiste.kiosk.signup;

/** The sign-up cannot be changed any more: already cancelled, or the event is over. */
public class NotChangeableException extends RuntimeException {
    public NotChangeableException(String referenceCode) {
        super("sign-up " + referenceCode + " cannot be changed");
    }
}
