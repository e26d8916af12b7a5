package fi.palvelupiste.kiosk.signup;

/**
 * A ride booking as a resident sees it: under the same reference code as the sign-up it was booked with.
 *
 * @param summary     the ride in words: stop, pickup time, vehicle, seats
 * @param cancellable still live and the ride not yet gone
 * @param standalone  booked on its own, not with a sign-up
 * @param printJobId  the slip just printed for it, or 0 when none
 */
public record RideTicket(long bookingId, String referenceCode, String lastName, String summary, boolean cancellable,
                         boolean standalone, long printJobId) {
}
