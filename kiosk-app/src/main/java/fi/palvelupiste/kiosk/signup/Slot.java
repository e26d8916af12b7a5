package fi.palvelupiste.kiosk.signup;

import java.time.LocalTime;
import java.util.UUID;

/**
 * A time slot of an event (or the single departure of a trip) with its capacity and places taken.
 *
 * @param capacity the places this node may give: on a kiosk, for an event from the hub, the places the hub granted it
 * @param hubFree  for an event from the hub: the places the hub still had for the slot at the last contact, which a
 *                 booking here asks for (0 otherwise)
 */
public record Slot(long id, UUID publicId, long eventId, LocalTime startsAt, LocalTime endsAt, int capacity,
                   int booked, int hubFree) {

    /** The places a resident can be offered: those held here and those the hub had. */
    public int free() {
        return freeHere() + Math.max(0, hubFree);
    }

    /** The places this node can confirm on its own, in the booking's own transaction. */
    public int freeHere() {
        return Math.max(0, capacity - booked);
    }
}
