package fi.palvelupiste.kiosk.printing;

/** What a print job belongs to, so that it goes with it: an event's slips and lists, a ride's slips and manifest. */
public record PrintJobOwner(String key) {

    public static PrintJobOwner event(long eventId) {
        return new PrintJobOwner("event:" + eventId);
    }

    public static PrintJobOwner ride(long rideId) {
        return new PrintJobOwner("ride:" + rideId);
    }
}
