package fi.palvelupiste.kiosk.ride;

/**
 * A stop's confirmed bookings in one language, counted for the funders' report: from the bookings while they are
 * kept, from {@code ride_count} after the purge, with the same sums. No personal data.
 *
 * @param language   the code of the language the booking was made in; '' for counts kept before languages were
 * @param wheelchair bookings with a wheelchair place
 * @param boarded    people (seats and wheelchair users) ticked on board, walk-ons included
 * @param noShows    people of bookings ticked "did not come"
 * @param walkOns    people added on the bus by the escort
 */
public record StopTally(String village, int position, String language, int bookings, int seats, int wheelchair,
                        int boarded, int noShows, int walkOns) {

    /** People booked: seats and wheelchair places. */
    public int travellers() {
        return seats + wheelchair;
    }
}
