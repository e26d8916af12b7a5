package fi.palvelupiste.kiosk.signup;

/** How an event's places are offered. */
public enum BookingUnit {
    /** Time slots with a few places each, e.g. every 10 minutes, 2 people (a photo day). */
    SLOTS,
    /** One departure with N seats (a bus trip): stored as a single slot from departure to return. */
    SEATS
}
