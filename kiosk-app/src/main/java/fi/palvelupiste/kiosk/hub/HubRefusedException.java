package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.ChangeRefusedException;
import fi.palvelupiste.kiosk.TypedText;

/**
 * A hub change that cannot be made as asked, on the hub's sites page or a kiosk's link to its hub; the message key of
 * the hub bundle says why.
 */
public class HubRefusedException extends ChangeRefusedException {

    public HubRefusedException(String messageKey) {
        super(messageKey);
    }

    /** A text that cannot be stored: {@code hub.error.too-long} or {@code hub.error.characters}. */
    HubRefusedException(TypedText.Refusal refusal) {
        super("hub", refusal);
    }
}
