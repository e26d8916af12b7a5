package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.NamesInLatin;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One resident's ride: seats taken, and a wheelchair place (its user travels there, not on a seat).
 *
 * @param status CONFIRMED or CANCELLED
 */
public record RideBooking(long id, UUID publicId, String siteId, long rideId, long stopId, String status,
                          String referenceCode, String firstName, String lastName, String phone, int seats,
                          boolean wheelchair, String language, OffsetDateTime cancelledAt, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String CANCELLED = "CANCELLED";

    public boolean confirmed() {
        return CONFIRMED.equals(status);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The name on staff's lists: as typed, and a name in another script with its Latin form after it. */
    public String nameForLists() {
        return NamesInLatin.forLists(fullName(), language);
    }

    /** People travelling: those on seats and the one in the wheelchair place. */
    public int travellers() {
        return seats + (wheelchair ? 1 : 0);
    }
}
