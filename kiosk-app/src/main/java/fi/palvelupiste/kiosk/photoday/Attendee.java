package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.i18n.NamesInLatin;
import org.jspecify.annotations.Nullable;

import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A booked resident on the photo day, as the photographer's page shows them. */
public record Attendee(long signupId, String firstName, String lastName, @Nullable String phone, LocalTime slotStartsAt,
                       boolean wantsHelp, String language, @Nullable OffsetDateTime checkedInAt,
                       @Nullable OffsetDateTime calledAt, @Nullable OffsetDateTime photographedAt,
                       @Nullable OffsetDateTime helpedAt, @Nullable OffsetDateTime noShowAt) {

    /** As typed, and a name in another script with its Latin form after it, as on the sign-up lists. */
    public String name() {
        return NamesInLatin.forLists(firstName + " " + lastName, language);
    }
}
