package fi.palvelupiste.kiosk.ride;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A state of a kiosk's booking of a hub ride as it goes up to the hub. Records are named by public ids only.
 *
 * @param status  CONFIRMED or CANCELLED
 * @param version  the kiosk's outbox number of this state: the hub keeps the highest it has seen
 * @param boarding its ticks of the bus day; empty from a kiosk of a version before them
 */
public record RideBookingRecord(UUID publicId, String siteId, UUID ride, UUID stop, String status,
                                String referenceCode, String firstName, String lastName, @Nullable String phone,
                                int seats, boolean wheelchair, String language, @Nullable OffsetDateTime cancelledAt,
                                OffsetDateTime createdAt, OffsetDateTime updatedAt, long version,
                                @Nullable BoardingMarks boarding) {

    @Override
    public String toString() {
        return "RideBookingRecord[" + publicId + ", " + status + ", v" + version + "]";
    }
}
