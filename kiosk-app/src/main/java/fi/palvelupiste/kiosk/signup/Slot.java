package fi.palvelupiste.kiosk.signup;

import java.time.LocalTime;
import java.util.UUID;

/** A time slot of an event (or the single departure of a trip) with its capacity and places taken. */
public record Slot(long id, UUID publicId, long eventId, LocalTime startsAt, LocalTime endsAt, int capacity,
                   int booked) {

    public int free() {
        return Math.max(0, capacity - booked);
    }
}
