package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event residents sign up for. Its texts are written in the kiosk's languages; one missing in a language falls
 * back along {@link fi.palvelupiste.kiosk.i18n.Language#fallbacks()} ({@link LocalizedText#get}).
 *
 * @param linkedEventId the event whose sign-up offers this one (a bus trip linked to its photo day), or null
 * @param fromHub       on a kiosk: the event came from the hub, which alone changes it
 */
public record SignupEvent(
        long id, UUID publicId, String siteId, EventKind kind,
        LocalizedText title,
        String place, String address, String municipality, LocalDate date,
        LocalizedText description, LocalizedText bring, LocalizedText price,
        String organiserPhone, OffsetDateTime signupOpensAt, OffsetDateTime signupClosesAt,
        LocalTime departsAt, LocalTime returnsAt, Long linkedEventId,
        OffsetDateTime personalDataDeletedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt, boolean fromHub) {

    /** Residents can sign up (or change) now. */
    public boolean openAt(Instant now) {
        return personalDataDeletedAt == null && !now.isBefore(signupOpensAt.toInstant())
                && now.isBefore(signupClosesAt.toInstant());
    }

    /**
     * Whether every confirmed person passes the day's check-in (a photo day's door), so that one never checked in did
     * not come; on a trip those with a ride are ticked on the ride instead.
     */
    public boolean everyoneChecksIn() {
        return kind.unit() == BookingUnit.SLOTS;
    }
}
