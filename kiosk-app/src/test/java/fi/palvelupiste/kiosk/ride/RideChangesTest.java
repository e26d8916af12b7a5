package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupRetention;
import fi.palvelupiste.kiosk.signup.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A booked ride changes in one step under its code — stop, seats, wheelchair place — and only when the ride has room
 * for it; a coordinator takes a stop off the route only when no live booking gets on there.
 */
@KioskTest
class RideChangesTest {

    private static final Locale FI = Language.FI.locale();
    private static final Actor COORDINATOR = RideFixtures.COORDINATOR;

    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges changes;
    @Autowired
    EventPlanning events;
    @Autowired
    Clock clock;
    @Autowired
    PrinterPort printer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RideRepository repository;
    @Autowired
    SignupRetention retention;

    /** The bus with the given seats, and a taxi with 1 seat and 1 wheelchair place. */
    RideFixtures.Trip trip(int busSeats) {
        return RideFixtures.trip(events, planning, clock, busSeats, 1);
    }

    String book(RideFixtures.Trip trip, String last, RideRequest ride) {
        Slot departure = signups.slots(trip.event()).getFirst();
        Confirmation made = signups.signUp(new SignupRequest(trip.event(), departure.id(),
                SignupFixtures.person("Matkustaja", last, null), null, FI), ride);
        return made.ride().referenceCode();
    }

    RideBooking booking(String code) {
        return repository.byCode(code).orElseThrow();
    }

    Ride ride(long id) {
        return planning.ride(id).orElseThrow();
    }

    @Test
    void a_booking_changes_stop_and_seats_in_one_step_under_its_code_and_a_change_slip_says_so() {
        RideFixtures.Trip trip = trip(40);
        String code = book(trip, "Vaihtaja", new RideRequest(trip.busStops().get(1), 1, false));

        RideTicket changed = changes.changeRide(code, new RideRequest(trip.busStops().get(0), 2, false),
                Actor.KIOSK, FI);

        assertThat(changed.referenceCode()).isEqualTo(code);
        assertThat(changed.summary()).contains("Karttula", "2 istumapaikkaa");
        assertThat(booking(code).stopId()).isEqualTo(trip.busStops().get(0));
        assertThat(booking(code).seats()).isEqualTo(2);
        assertThat(ride(trip.bus()).seatsBooked()).isEqualTo(2);
        assertThat(VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code) && text.contains("KYYTI MUUTETTU"))
                .text()).contains("Karttula", "Nouto klo 08.15", "2 istumapaikkaa").doesNotContain("Vaihtaja");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ride_slip s JOIN ride_booking b ON b.id = s.booking_id "
                        + "WHERE b.reference_code = :c AND s.purpose = 'CHANGE'").param("c", code)
                .query(Integer.class).single()).as("one change slip").isEqualTo(1);
    }

    @Test
    void a_full_ride_refuses_more_seats_and_everything_stays_as_it_was_but_a_new_stop_needs_no_new_seat() {
        RideFixtures.Trip trip = trip(2);
        String first = book(trip, "Ensimmäinen", new RideRequest(trip.busStops().get(0), 1, false));
        book(trip, "Toinen", new RideRequest(trip.busStops().get(1), 1, false));

        assertThatThrownBy(() -> changes.changeRide(first, new RideRequest(trip.busStops().get(2), 2, false),
                Actor.KIOSK, FI)).isInstanceOf(RideFullException.class);
        assertThat(booking(first).stopId()).isEqualTo(trip.busStops().get(0));
        assertThat(booking(first).seats()).isEqualTo(1);
        assertThat(ride(trip.bus()).seatsBooked()).isEqualTo(2);
        assertThat(rides.slipJobs(booking(first).id())).as("no change slip").hasSize(1);

        assertThat(changes.rideChoices(first, FI)).as("the booking's own seat counts as free on its ride")
                .filteredOn(choice -> trip.busStops().contains(choice.stopId())).allMatch(RideStopChoice::open);
        changes.changeRide(first, new RideRequest(trip.busStops().get(2), 1, false), Actor.KIOSK, FI);
        assertThat(booking(first).stopId()).isEqualTo(trip.busStops().get(2));
        assertThat(ride(trip.bus()).seatsBooked()).isEqualTo(2);
    }

    @Test
    void the_wheelchair_place_is_given_up_for_a_seat_and_taken_from_another_ride_of_the_event() {
        RideFixtures.Trip trip = trip(40);
        String wheelchair = book(trip, "Pyörätuoli", new RideRequest(trip.taxiStop(), 0, true));
        String bus = book(trip, "Bussissa", new RideRequest(trip.busStops().get(1), 1, false));
        assertThatThrownBy(() -> changes.changeRide(bus, new RideRequest(trip.taxiStop(), 0, true), Actor.KIOSK, FI))
                .isInstanceOf(RideFullException.class);
        assertThat(ride(trip.bus()).seatsBooked()).as("the bus seat kept").isEqualTo(1);

        changes.changeRide(wheelchair, new RideRequest(trip.busStops().get(0), 1, false), Actor.KIOSK, FI);
        assertThat(ride(trip.taxi()).wheelchairBooked()).isZero();
        changes.changeRide(bus, new RideRequest(trip.taxiStop(), 0, true), Actor.KIOSK, FI);

        assertThat(booking(bus).rideId()).isEqualTo(trip.taxi());
        assertThat(booking(bus).wheelchair()).isTrue();
        assertThat(ride(trip.taxi()).wheelchairBooked()).isEqualTo(1);
        assertThat(ride(trip.taxi()).seatsBooked()).isZero();
        assertThat(ride(trip.bus()).seatsBooked()).as("one seat each way").isEqualTo(1);
    }

    @Test
    void a_booking_moved_to_another_ride_takes_its_earlier_slips_along_when_the_names_are_deleted() {
        RideFixtures.Trip trip = trip(40);
        String code = book(trip, "Siirtyjä", new RideRequest(trip.busStops().get(0), 1, false));
        changes.changeRide(code, new RideRequest(trip.taxiStop(), 1, false), Actor.KIOSK, FI);

        retention.deleteExpired(LocalDate.now(clock).plusDays(200));

        assertThat(repository.byCode(code)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM print_job WHERE belongs_to IN (:bus, :taxi)")
                .param("bus", "ride:" + trip.bus()).param("taxi", "ride:" + trip.taxi()).query(Long.class).single())
                .as("the confirmation slip printed on the bus's account and the change slip on the taxi's").isZero();
    }

    @Test
    void a_cancelled_ride_cannot_be_changed() {
        RideFixtures.Trip trip = trip(40);
        String code = book(trip, "Peruja", new RideRequest(trip.busStops().get(0), 1, false));
        changes.cancelRide(code, Actor.staff("virkailija"), FI);

        assertThat(changes.rideChoices(code, FI)).isEmpty();
        assertThat(changes.ride(code, FI).orElseThrow().changeable()).isFalse();
        assertThatThrownBy(() -> changes.changeRide(code, new RideRequest(trip.busStops().get(1), 1, false),
                Actor.KIOSK, FI)).isInstanceOf(NotChangeableException.class);
        assertThat(ride(trip.bus()).seatsBooked()).isZero();
    }

    @Test
    void a_stop_in_use_stays_and_says_how_many_and_once_its_bookings_move_it_leaves_the_route_in_order() {
        RideFixtures.Trip trip = trip(40);
        long middle = trip.busStops().get(2);
        String first = book(trip, "Pysäkki", new RideRequest(middle, 1, false));
        String second = book(trip, "Toinenpysäkki", new RideRequest(middle, 2, false));
        String gone = book(trip, "Peruttu", new RideRequest(middle, 1, false));
        changes.cancelRide(gone, Actor.KIOSK, FI);

        assertThatThrownBy(() -> planning.removeStop(middle, COORDINATOR)).isInstanceOf(StopInUseException.class)
                .extracting(refused -> ((StopInUseException) refused).bookings()).isEqualTo(2);
        assertThat(planning.stops(trip.bus())).hasSize(3);

        changes.changeRide(first, new RideRequest(trip.busStops().get(1), 1, false), COORDINATOR, FI);
        changes.changeRide(second, new RideRequest(trip.busStops().get(0), 2, false), COORDINATOR, FI);
        planning.removeStop(middle, COORDINATOR);

        assertThat(planning.stops(trip.bus())).extracting(RideStop::village, RideStop::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tervo kirkonkylä", 1),
                        org.assertj.core.groups.Tuple.tuple("Karttula", 2));
        assertThat(planning.stop(middle)).as("kept for the cancelled booking").hasValueSatisfying(stop ->
                assertThat(stop.removed()).isTrue());
        assertThat(changes.ride(gone, FI).orElseThrow().summary()).contains("Kuuslahti");
        assertThat(changes.rideChoices(first, FI)).extracting(RideStopChoice::stopId).doesNotContain(middle);

        long fresh = planning.addStop(trip.bus(), "Vaajasalo", "", LocalTime.of(8, 30), COORDINATOR);
        planning.removeStop(fresh, COORDINATOR);
        assertThat(planning.stop(fresh)).as("nobody ever booked it: deleted").isEmpty();
        assertThat(planning.stops(trip.bus())).hasSize(2);
    }

    @Test
    void a_resident_cannot_book_a_stop_taken_off_the_route() {
        long ride = planning.save(null, new RideDraft(null, LocalDate.now(clock).plusDays(5),
                LocalizedText.of(Language.FI, "Asiointikyyti"), "Karttula", Vehicle.SERVICE_MINIBUS, 8, 1,
                LocalTime.of(13, 0), "Kunta", "044 123 4567"), COORDINATOR);
        long stop = planning.addStop(ride, "Kuuslahti", "", LocalTime.of(9, 0), COORDINATOR);
        planning.addStop(ride, "Karttula", "", LocalTime.of(9, 20), COORDINATOR);
        RideTicket cancelled = rides.bookStandalone(new RideRequest(stop, 1, false),
                SignupFixtures.person("Pois", "Jäävä", null), FI);
        rides.cancel(cancelled.referenceCode(), Actor.KIOSK, false, FI);
        planning.removeStop(stop, COORDINATOR);

        assertThatThrownBy(() -> rides.bookStandalone(new RideRequest(stop, 1, false),
                SignupFixtures.person("Myöhäinen", "Matkustaja", null), FI)).isInstanceOf(RideFullException.class);
        assertThat(ride(ride).seatsBooked()).isZero();
    }
}
