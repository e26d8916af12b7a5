package fi.palvelupiste.kiosk.ride;

/** The coordinator's ride or stop cannot be saved; the message key says what to fix ({@code ride.error.*}). */
public class RideRefusedException extends RuntimeException {

    private final String messageKey;

    public RideRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
