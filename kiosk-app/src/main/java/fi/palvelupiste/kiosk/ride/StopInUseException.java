package fi.palvelupiste.kiosk.ride;

/** A stop cannot leave the route while live bookings get on there; says how many ({@code ride.error.stop-used}). */
public class StopInUseException extends RideRefusedException {

    private final int bookings;

    StopInUseException(int bookings) {
        super("ride.error.stop-used");
        this.bookings = bookings;
    }

    public int bookings() {
        return bookings;
    }
}
