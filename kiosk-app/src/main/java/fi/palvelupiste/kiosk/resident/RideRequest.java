package fi.palvelupiste.kiosk.resident;

/**
 * "I need a ride", asked in the sign-up: the pickup stop, seats (0–2) and a wheelchair place. A wheelchair user
 * travels in the wheelchair place, so one or two people travel in all.
 */
public record RideRequest(long stopId, int seats, boolean wheelchair) {

    public RideRequest {
        int travellers = seats + (wheelchair ? 1 : 0);
        if (seats < 0 || travellers < 1 || travellers > 2) {
            throw new IllegalArgumentException("a ride booking is for one or two people");
        }
    }
}
