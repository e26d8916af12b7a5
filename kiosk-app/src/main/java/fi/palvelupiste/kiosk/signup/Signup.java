package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.resident.Needs;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One person's sign-up for an event: confirmed in a slot, on the waitlist, or cancelled. */
public record Signup(
        long id, UUID publicId, String siteId, long eventId, Long slotId, SignupStatus status, String referenceCode,
        String firstName, String lastName, String phone, Needs needs, Long companionOf, String language,
        OffsetDateTime promotedAt, OffsetDateTime cancelledAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
