package fi.palvelupiste.kiosk.ride;

/** The coordinator's summary line for a stop: bookings, seats and wheelchair places. */
public record StopCount(Ride ride, RideStop stop, int bookings, int seats, int wheelchairPlaces) {

    public int travellers() {
        return seats + wheelchairPlaces;
    }
}
