package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The permit trip's bus today, as residents booked it at the kiosk: three village stops, one person each, the last
 * one in the wheelchair place; the bus has {@code seats} seats and one wheelchair place.
 */
public final class BusDayFixtures {

    public static final Actor COORDINATOR = Actor.staff(SignupFixtures.COORDINATOR);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The bus and its stops in pickup order, and who booked at each. */
    public record BusDay(long event, long ride, List<Long> stops, List<String> surnames) {
    }

    private BusDayFixtures() {
    }

    public static BusDay today(EventPlanning planning, RidePlanning rides, SignupBooking signups, Clock clock, int seats) {
        int run = COUNTER.incrementAndGet();
        EventDraft draft = SignupFixtures.draft(clock, "PERMIT_TRIP", "Lupapäivä " + run);
        draft.setDate(LocalDate.now(clock));
        draft.setDepartsAt(LocalTime.of(7, 30));
        draft.setReturnsAt(LocalTime.of(15, 0));
        draft.setSeats(40);
        long event = planning.save(null, draft, COORDINATOR);
        long ride = rides.save(null, new RideDraft(event, null, LocalizedText.of(Language.FI, "Tilausbussi " + run),
                "Kuopio", Vehicle.BUS, seats, 1, LocalTime.of(15, 0), "Tervon Liikenne", "044 765 4321"), COORDINATOR);
        List<Long> stops = List.of(
                rides.addStop(ride, "Tervo kirkonkylä", "Kylätalon piha", LocalTime.of(7, 40), COORDINATOR),
                rides.addStop(ride, "Kuuslahti", "Kylätalon piha", LocalTime.of(8, 0), COORDINATOR),
                rides.addStop(ride, "Karttula", "Koulun pysäkki", LocalTime.of(8, 15), COORDINATOR));
        List<String> surnames = List.of("Laine" + letters(run), "Mäkinen" + letters(run), "Nieminen" + letters(run));
        long departure = signups.slots(event).getFirst().id();
        for (int i = 0; i < 3; i++) {
            signups.signUp(new SignupRequest(event, departure, SignupFixtures.person("Aino", surnames.get(i), null),
                    null, Locale.of("fi")), new RideRequest(stops.get(i), i == 2 ? 0 : 1, i == 2));
        }
        return new BusDay(event, ride, stops, surnames);
    }

    /** A number as letters, so that each run's surnames differ and pass the name rule. */
    private static String letters(int number) {
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
    }
}
