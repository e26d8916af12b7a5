package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.NamesInLatin;
import org.jspecify.annotations.Nullable;

import fi.palvelupiste.kiosk.resident.Needs;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One person's sign-up for an event: confirmed in a slot, on the waitlist, or cancelled. */
public record Signup(
        long id, UUID publicId, String siteId, long eventId, @Nullable Long slotId, SignupStatus status, String referenceCode,
        String firstName, String lastName, @Nullable String phone, Needs needs, @Nullable Long companionOf, String language,
        @Nullable OffsetDateTime promotedAt, @Nullable OffsetDateTime cancelledAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The name on staff's lists: as typed, and a name in another script with its Latin form after it. */
    public String nameForLists() {
        return NamesInLatin.forLists(fullName(), language);
    }
}
