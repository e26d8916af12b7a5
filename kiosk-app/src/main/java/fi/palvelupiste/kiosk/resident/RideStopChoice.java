package fi.palvelupiste.kiosk.resident;

/**
 * A pickup stop a resident can choose, in the resident's language.
 *
 * @param label e.g. "Kuuslahti, Kylätalon piha, klo 8.00"
 * @param hint  e.g. "Tilausbussi · 12 paikkaa vapaana"
 */
public record RideStopChoice(long stopId, String label, String hint, int freeSeats, int freeWheelchairPlaces) {

    /** Whether someone (with or without a wheelchair) can still get on here. */
    public boolean open() {
        return freeSeats > 0 || freeWheelchairPlaces > 0;
    }
}
