package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.ChangeRefusedException;
import fi.palvelupiste.kiosk.TypedText;

/** A change on the hub's sites page that cannot be made as asked; the message key says why. */
public class HubRefusedException extends ChangeRefusedException {

    public HubRefusedException(String messageKey) {
        super(messageKey);
    }

    /** A text that cannot be stored: {@code hub.error.too-long} or {@code hub.error.characters}. */
    HubRefusedException(TypedText.Refusal refusal) {
        super("hub", refusal);
    }
}
