package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

import fi.palvelupiste.kiosk.resident.Person;
import java.util.Locale;

/**
 * What a resident asks for at the kiosk.
 *
 * @param slotId    the chosen slot; null to join the waitlist of a full event
 * @param companion a spouse or neighbour signed up together (same slot, or the next one), or null
 * @param locale    the resident's language, for the slip
 */
public record SignupRequest(long eventId, @Nullable Long slotId, Person person, @Nullable Person companion, Locale locale) {

    public boolean waitlist() {
        return slotId == null;
    }
}
