package fi.palvelupiste.kiosk.ride;

import java.time.LocalTime;
import java.util.UUID;

/**
 * A pickup stop of a ride: the village, the pickup point there ("Kylätalon piha") and the time.
 *
 * @param removed taken off the route; kept only for the cancelled bookings that named it
 */
public record RideStop(long id, UUID publicId, long rideId, int position, String village, String pickupPoint,
                       LocalTime pickupAt, boolean removed) {

    /** "Kuuslahti, Kylätalon piha" */
    public String place() {
        return pickupPoint.isBlank() ? village : village + ", " + pickupPoint;
    }
}
