package fi.palvelupiste.kiosk.campaign;

/**
 * The funders' figures of a day, a municipality or a whole round: counts of people, no personal data. What each one
 * means is written in the README ("Funders' report").
 *
 * @param signUps          people with a place (confirmed), companions each counted; not the waitlisted, not the cancelled
 * @param waitlisted       people still on the waitlist
 * @param checkedIn        people with a place who said they had come (at the kiosk or by staff)
 * @param photographed     people photographed: with a place and walk-ins
 * @param helped           people helped with the e-application: with a place and walk-ins
 * @param noShows          people with a place not photographed who were marked not here, or never checked in on a
 *                         day whose check-ins were used
 * @param walkIns          numbers taken for the photographer without a booking
 * @param busBookings      confirmed ride bookings
 * @param busTravellers    people booked on the rides: seats and wheelchair places
 * @param busBoarded       people ticked on board by the escort, added ones included
 * @param busNoShows       people of bookings ticked "did not come"
 * @param busWalkOns       people the escort added on the bus
 * @param wheelchairPlaces wheelchair places booked on the rides
 */
public record Figures(int signUps, int waitlisted, int checkedIn, int photographed, int helped, int noShows,
                      int walkIns, int busBookings, int busTravellers, int busBoarded, int busNoShows, int busWalkOns,
                      int wheelchairPlaces) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Figures plus(Figures o) {
        return new Figures(signUps + o.signUps, waitlisted + o.waitlisted, checkedIn + o.checkedIn,
                photographed + o.photographed, helped + o.helped, noShows + o.noShows, walkIns + o.walkIns,
                busBookings + o.busBookings, busTravellers + o.busTravellers, busBoarded + o.busBoarded,
                busNoShows + o.busNoShows, busWalkOns + o.busWalkOns, wheelchairPlaces + o.wheelchairPlaces);
    }

    /** Each figure with the message key of its name, in the report's order (the tables' rows, the CSV's columns). */
    public java.util.List<Figure> named() {
        return java.util.List.of(new Figure("signups", signUps), new Figure("waitlisted", waitlisted),
                new Figure("checked-in", checkedIn), new Figure("photographed", photographed),
                new Figure("helped", helped), new Figure("no-shows", noShows), new Figure("walk-ins", walkIns),
                new Figure("bus-bookings", busBookings), new Figure("bus-travellers", busTravellers),
                new Figure("bus-boarded", busBoarded), new Figure("bus-no-shows", busNoShows),
                new Figure("bus-walk-ons", busWalkOns), new Figure("wheelchair-places", wheelchairPlaces));
    }

    /** One figure: {@code key} names it under {@code report.figure.} in the staff bundles. */
    public record Figure(String key, int value) {
    }
}
