package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.resident.Person;
import java.util.Locale;

/**
 * What a resident asks for at the kiosk.
 *
 * @param slotId    the chosen slot; null to join the waitlist of a full event
 * @param companion a spouse or neighbour signed up together (same slot, or the next one), or null
 * @param locale    the resident's language, for the slip
 */
public record SignupRequest(long eventId, Long slotId, Person person, Person companion, Locale locale) {

    public boolean waitlist() {
        return slotId == null;
    }
}
