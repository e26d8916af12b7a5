package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupFixtures;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;

/** A trip to Kuopio with a bus from three villages and a wheelchair taxi, as a coordinator plans one. */
final class RideFixtures {

    static final Actor COORDINATOR = Actor.staff("koordinaattori");

    /** @param busStops Karttula 8.15, Tervo kirkonkylä 7.40, Kuuslahti 8.00, in the order they were added */
    record Trip(long event, long bus, List<Long> busStops, long taxi, long taxiStop) {
    }

    private RideFixtures() {
    }

    /** The bus with {@code busSeats} seats; the taxi with {@code taxiSeats} seats and one wheelchair place. */
    static Trip trip(EventPlanning events, RidePlanning planning, Clock clock, int busSeats, int taxiSeats) {
        long event = SignupFixtures.trip(events, clock, 40, null);
        long bus = planning.save(null, new RideDraft(event, null, LocalizedText.of(Language.FI, "Tilausbussi"), "Kuopio",
                Vehicle.BUS, busSeats, 0, LocalTime.of(15, 0), "Tervon Liikenne", "044 765 4321"), COORDINATOR);
        List<Long> stops = List.of(
                planning.addStop(bus, "Karttula", "Koulun pysäkki", LocalTime.of(8, 15), COORDINATOR),
                planning.addStop(bus, "Tervo kirkonkylä", "Kylätalon piha", LocalTime.of(7, 40), COORDINATOR),
                planning.addStop(bus, "Kuuslahti", "Kylätalon piha", LocalTime.of(8, 0), COORDINATOR));
        long taxi = planning.save(null, new RideDraft(event, null, LocalizedText.of(Language.FI, "Invataksi"), "Kuopio",
                Vehicle.WHEELCHAIR_TAXI, taxiSeats, 1, LocalTime.of(15, 0), "Invataksi", "044 222 3344"), COORDINATOR);
        long taxiStop = planning.addStop(taxi, "Tervo kirkonkylä", "Kotiovelta", LocalTime.of(7, 30), COORDINATOR);
        return new Trip(event, bus, stops, taxi, taxiStop);
    }
}
