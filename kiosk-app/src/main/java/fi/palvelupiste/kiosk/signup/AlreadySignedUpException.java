package fi.palvelupiste.kiosk.signup;

/** The same person (same name and phone) is already signed up for this event: offer the existing confirmation. */
public class AlreadySignedUpException extends RuntimeException {

    private final transient Signup existing;

    public AlreadySignedUpException(Signup existing) {
        super("already signed up: " + existing.referenceCode());
        this.existing = existing;
    }

    public Signup existing() {
        return existing;
    }
}
