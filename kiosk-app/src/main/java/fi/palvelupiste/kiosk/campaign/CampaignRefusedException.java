package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.ChangeRefusedException;
import fi.palvelupiste.kiosk.TypedText;

/** A coordinator's change to a campaign that cannot be saved; the message is a message key saying what to fix. */
public class CampaignRefusedException extends ChangeRefusedException {

    CampaignRefusedException(String messageKey) {
        super(messageKey);
    }

    CampaignRefusedException(TypedText.Refusal refusal) {
        super("campaign", refusal);
    }
}
