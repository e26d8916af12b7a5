package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupRetention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static fi.palvelupiste.kiosk.ride.BusDayFixtures.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The escort ticks who boards at three stops, adds someone while places are free, and the counts outlive the names. */
@KioskTest
class RideBoardingTest {

    private static final Locale FI = Locale.of("fi");

    @Autowired
    RideBoarding boarding;
    @Autowired
    RidePlanning rides;
    @Autowired
    RideBookings rideBookings;
    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupRetention retention;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void the_escort_ticks_boarding_at_three_stops_and_the_counts_follow() {
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 3);
        assertThat(boarding.today()).extracting(Ride::id).contains(day.ride());

        Passenger first = only(day, 0);
        assertThat(first.boarding()).isEqualTo(Passenger.Boarding.EXPECTED);
        assertThat(first.name()).isEqualTo("Aino " + day.surnames().get(0));
        assertThat(audit.newest(1)).extracting(e -> e.what())
                .containsExactly("viewed the escort's list of ride " + day.ride() + " at stop " + day.stops().get(0));
        boarding.mark(day.ride(), first.bookingId(), Passenger.Boarding.BOARDED, COORDINATOR);
        Passenger second = only(day, 1);
        boarding.mark(day.ride(), second.bookingId(), Passenger.Boarding.BOARDED, COORDINATOR);
        boarding.mark(day.ride(), second.bookingId(), Passenger.Boarding.EXPECTED, COORDINATOR);
        assertThat(only(day, 1).boarding()).as("undone").isEqualTo(Passenger.Boarding.EXPECTED);
        boarding.mark(day.ride(), second.bookingId(), Passenger.Boarding.NO_SHOW, COORDINATOR);
        Passenger third = only(day, 2);
        assertThat(third.wheelchair()).isTrue();
        boarding.mark(day.ride(), third.bookingId(), Passenger.Boarding.BOARDED, COORDINATOR);

        assertThat(only(day, 0).boarding()).isEqualTo(Passenger.Boarding.BOARDED);
        assertThat(only(day, 1).boarding()).isEqualTo(Passenger.Boarding.NO_SHOW);
        assertThat(only(day, 2).boarding()).isEqualTo(Passenger.Boarding.BOARDED);
        BusCounts counts = boarding.counts(day.ride());
        assertThat(counts).isEqualTo(new BusCounts(3, 2, 1, 1, 2, 1, 0));
        assertThat(counts.snacks()).isEqualTo(2);
        assertThat(counts.freeSeats()).isEqualTo(1);
    }

    @Test
    void a_walk_on_gets_on_only_while_a_place_is_free_through_the_same_booking() {
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 3);
        long stop = day.stops().get(1);

        long walkOn = boarding.walkOn(stop, new Person("Veikko", "Kinnunen", null, Needs.NONE), 1, false, COORDINATOR, FI);

        assertThat(boarding.atStop(day.ride(), stop, COORDINATOR)).filteredOn(p -> p.bookingId() == walkOn)
                .singleElement().satisfies(p -> {
                    assertThat(p.walkOn()).isTrue();
                    assertThat(p.boarding()).isEqualTo(Passenger.Boarding.BOARDED);
                });
        assertThat(rides.ride(day.ride()).orElseThrow().seatsBooked()).isEqualTo(3);
        assertThat(boarding.counts(day.ride()).room()).as("seats and the wheelchair place taken").isFalse();
        assertThatThrownBy(() -> boarding.walkOn(stop, new Person("Eino", "Kinnunen", null, Needs.NONE), 1, false,
                COORDINATOR, FI)).isInstanceOf(RideFullException.class);
        assertThatThrownBy(() -> boarding.walkOn(stop, new Person("Eila", "Kinnunen", null, Needs.NONE), 0, true,
                COORDINATOR, FI)).isInstanceOf(RideFullException.class);
        assertThat(boarding.atStop(day.ride(), stop, COORDINATOR)).hasSize(2);
        assertThat(boarding.counts(day.ride()).walkOns()).isEqualTo(1);
        assertThatThrownBy(() -> boarding.walkOn(stop, new Person("", "", null, Needs.NONE), 1, false, COORDINATOR, FI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rides.ride(day.ride()).orElseThrow().seatsBooked()).as("nothing taken by a refusal").isEqualTo(3);
    }

    @Test
    void boarded_no_shows_and_walk_ons_are_counted_for_the_funders_after_the_names_are_deleted() {
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 5);
        boarding.mark(day.ride(), only(day, 0).bookingId(), Passenger.Boarding.BOARDED, COORDINATOR);
        boarding.mark(day.ride(), only(day, 1).bookingId(), Passenger.Boarding.NO_SHOW, COORDINATOR);
        boarding.walkOn(day.stops().get(2), new Person("Veikko", "Kinnunen", null, Needs.NONE), 2, false, COORDINATOR, FI);
        BusCounts before = boarding.counts(day.ride());
        assertThat(before.boarded()).isEqualTo(3);
        assertThat(before.noShows()).isEqualTo(1);
        assertThat(before.walkOns()).isEqualTo(2);

        retention.deleteExpired(LocalDate.now(clock).plusDays(200));

        assertThat(rides.ride(day.ride()).orElseThrow().personalDataDeletedAt()).isNotNull();
        assertThat(boarding.counts(day.ride())).isEqualTo(before);
        assertThat(boarding.today()).extracting(Ride::id).doesNotContain(day.ride());
        assertThat(boarding.atStop(day.ride(), day.stops().get(0), COORDINATOR)).as("no names left").isEmpty();
    }

    @Test
    void the_trips_sign_ups_without_a_ride_are_ticked_at_the_departure_point_and_counted_on_the_sign_ups() {
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 5);
        long departure = signups.slots(day.event()).getFirst().id();
        for (String surname : List.of("Lähtijä", "Poissaoleva")) {
            signups.signUp(new SignupRequest(day.event(), departure, SignupFixtures.person("Eeva", surname, null), null,
                    FI));
        }
        Ride bus = rides.ride(day.ride()).orElseThrow();

        List<Passenger> there = boarding.atDeparturePoint(bus, COORDINATOR);
        assertThat(there).as("only those without a ride: the three with one are at their stops")
                .extracting(Passenger::lastName).containsExactly("Lähtijä", "Poissaoleva");
        assertThat(there).allSatisfy(p -> assertThat(p.source()).isEqualTo(Passenger.Source.SIGN_UP));
        boarding.mark(bus, there.get(0), Passenger.Boarding.BOARDED, COORDINATOR);
        boarding.mark(bus, there.get(1), Passenger.Boarding.NO_SHOW, COORDINATOR);
        boarding.mark(day.ride(), only(day, 0).bookingId(), Passenger.Boarding.BOARDED, COORDINATOR);

        assertThat(boarding.atDeparturePoint(bus, COORDINATOR)).extracting(Passenger::boarding)
                .containsExactly(Passenger.Boarding.BOARDED, Passenger.Boarding.NO_SHOW);
        assertThat(boarding.counts(day.ride()).boarded()).as("one from a stop, one at the departure point")
                .isEqualTo(2);

        retention.deleteExpired(LocalDate.now(clock).plusDays(200));

        assertThat(boarding.counts(day.ride()).boarded()).as("kept after the names are gone").isEqualTo(2);
        assertThat(jdbc.sql("SELECT SUM(checked_in), SUM(no_shows) FROM signup_count WHERE event_id = :e AND status = 'CONFIRMED'")
                .param("e", day.event()).query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2))).single())
                .as("boarded and not come at the departure point; those ticked on their ride are not no-shows")
                .containsExactly(1, 1);
    }

    @Test
    void a_booking_cancelled_meanwhile_cannot_be_ticked() {
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 3);
        Passenger first = only(day, 0);
        rideBookings.cancel(first.bookingId(), COORDINATOR, FI);

        assertThatThrownBy(() -> boarding.mark(day.ride(), first.bookingId(), Passenger.Boarding.BOARDED, COORDINATOR))
                .isInstanceOf(NotChangeableException.class);
        assertThat(boarding.atStop(day.ride(), day.stops().get(0), COORDINATOR)).isEmpty();
    }

    private Passenger only(BusDayFixtures.BusDay day, int stop) {
        List<Passenger> passengers = boarding.atStop(day.ride(), day.stops().get(stop), COORDINATOR);
        assertThat(passengers).hasSize(1);
        return passengers.getFirst();
    }
}
