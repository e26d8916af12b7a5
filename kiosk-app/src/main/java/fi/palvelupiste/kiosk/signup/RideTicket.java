package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.resident.RideRequest;

/**
 * A ride booking as a resident sees it: under the same reference code as the sign-up it was booked with.
 *
 * @param summary     the ride in words: stop, pickup time, vehicle, seats
 * @param cancellable still live and the ride not yet gone
 * @param changeable  cancellable, and on the node that owns it (a kiosk; never the hub's copy)
 * @param standalone  booked on its own, not with a sign-up
 * @param booked      its stop, seats and wheelchair place: where staff's change starts from
 * @param language    the resident's language, for a slip staff print
 * @param printJobId  the slip just printed for it, or 0 when none
 */
public record RideTicket(long bookingId, String referenceCode, String lastName, String summary, boolean cancellable,
                         boolean changeable, boolean standalone, RideRequest booked, String language, long printJobId) {
}
