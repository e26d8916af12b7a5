package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.NamesInLatin;

/**
 * One booking at a stop as the escort ticks it on the bus day, or a trip's sign-up without a ride who meets the bus at
 * the departure point.
 *
 * @param bookingId the ride booking's id, or the sign-up's for {@link Source#SIGN_UP}
 * @param walkOn    added on the bus by the escort, without a booking made before
 */
public record Passenger(long bookingId, String firstName, String lastName, String language, int seats,
                        boolean wheelchair, boolean walkOn, Boarding boarding, Source source) {

    /** Where the escort has got with this booking; undo returns it to {@link #EXPECTED}. */
    public enum Boarding { EXPECTED, BOARDED, NO_SHOW }

    /** What is ticked: a ride booking, or a trip's sign-up (its seat on the bus, no ride from a village). */
    public enum Source { RIDE_BOOKING, SIGN_UP }

    /** The name as on the driver's manifest: as typed, and a name in another script with its Latin form after it. */
    public String name() {
        return NamesInLatin.forLists(firstName + " " + lastName, language);
    }

    public int travellers() {
        return seats + (wheelchair ? 1 : 0);
    }
}
