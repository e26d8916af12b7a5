package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.LocalizedText;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One vehicle's ride on one day, with its capacity: seats and wheelchair places are counted separately.
 *
 * @param eventId           the event it takes people to, or null for a ride on its own (asiointiliikenne)
 * @param fromHub           the hub's ride, read-only here; its seats and wheelchair places are what the hub granted
 *                          this kiosk (escrow, {@link RidePools})
 * @param closed            the hub no longer offers it here: no new bookings
 * @param seatsHubFree      the seats the hub still had at the last contact, asked for when a resident books
 * @param wheelchairHubFree the same for wheelchair places
 */
public record Ride(long id, UUID publicId, String siteId, Long eventId, LocalDate date, LocalizedText name,
                   String destination, Vehicle vehicle, int seats, int seatsBooked,
                   int wheelchairPlaces, int wheelchairBooked, LocalTime returnsAt, String operatorName,
                   String contactPhone, OffsetDateTime personalDataDeletedAt, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt, boolean fromHub, boolean closed, int seatsHubFree,
                   int wheelchairHubFree) {

    /** Seats a resident can book: held here and not booked, and the hub's. */
    public int freeSeats() {
        return closed ? 0 : free(RideCounter.SEATS) + seatsHubFree;
    }

    /** Wheelchair places a resident can book: held here and not booked, and the hub's. */
    public int freeWheelchairPlaces() {
        return closed ? 0 : free(RideCounter.WHEELCHAIR) + wheelchairHubFree;
    }

    /** What this node holds of the counter and has not booked. */
    int free(RideCounter counter) {
        return switch (counter) {
            case SEATS -> Math.max(0, seats - seatsBooked);
            case WHEELCHAIR -> Math.max(0, wheelchairPlaces - wheelchairBooked);
        };
    }

    int hubFree(RideCounter counter) {
        return switch (counter) {
            case SEATS -> seatsHubFree;
            case WHEELCHAIR -> wheelchairHubFree;
        };
    }

    public boolean standalone() {
        return eventId == null;
    }
}
