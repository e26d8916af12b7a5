package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.ChangeRefusedException;
import fi.palvelupiste.kiosk.TypedText;

/** The coordinator's ride or stop cannot be saved; the message key says what to fix ({@code ride.error.*}). */
public class RideRefusedException extends ChangeRefusedException {

    public RideRefusedException(String messageKey) {
        super(messageKey);
    }

    /** A text that cannot be stored: {@code ride.error.too-long} or {@code ride.error.characters}. */
    RideRefusedException(TypedText.Refusal refusal) {
        super("ride", refusal);
    }
}
