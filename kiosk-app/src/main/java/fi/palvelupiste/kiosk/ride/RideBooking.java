package fi.palvelupiste.kiosk.ride;

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

    /** People travelling: those on seats and the one in the wheelchair place. */
    public int travellers() {
        return seats + (wheelchair ? 1 : 0);
    }
}
