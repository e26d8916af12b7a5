package fi.palvelupiste.kiosk.signup;

/** The event does not take sign-ups or changes now (not yet open, closed, or already held). */
public class SignupClosedException extends RuntimeException {
    public SignupClosedException(long eventId) {
        super("event " + eventId + " does not take sign-ups now");
    }
}
