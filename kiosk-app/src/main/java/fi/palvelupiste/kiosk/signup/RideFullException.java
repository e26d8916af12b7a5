package fi.palvelupiste.kiosk.signup;

/** No seat or no wheelchair place left on the chosen ride: someone was quicker. */
public class RideFullException extends RuntimeException {
    public RideFullException(long stopId) {
        super("no room on the ride of stop " + stopId);
    }
}
