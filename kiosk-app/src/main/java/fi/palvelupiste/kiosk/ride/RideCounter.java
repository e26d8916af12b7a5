package fi.palvelupiste.kiosk.ride;

/**
 * A ride's two capacities, counted apart: seats, and wheelchair places (their user travels there, not on a seat).
 * Each is a pool of its own across the hub's sites ({@link RidePools}); the names are the ride table's columns.
 */
enum RideCounter {

    SEATS("RIDE_SEATS", "seats", "seats_booked", "seats_granted", "seats_returned", "seats_hub_free",
            "SUM(b.seats)"),
    WHEELCHAIR("RIDE_WHEELCHAIR", "wheelchair_places", "wheelchair_booked", "wheelchair_granted",
            "wheelchair_returned", "wheelchair_hub_free", "SUM(CASE WHEN b.wheelchair THEN 1 ELSE 0 END)");

    /** The pools' kind on the wire and in the hub's grants. */
    final String kind;
    final String capacity;
    final String booked;
    final String granted;
    final String returned;
    final String hubFree;
    /** What a booking {@code b} takes of it, summed over bookings. */
    final String taken;

    RideCounter(String kind, String capacity, String booked, String granted, String returned, String hubFree,
                String taken) {
        this.kind = kind;
        this.capacity = capacity;
        this.booked = booked;
        this.granted = granted;
        this.returned = returned;
        this.hubFree = hubFree;
        this.taken = taken;
    }
}
