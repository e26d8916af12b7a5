package fi.palvelupiste.kiosk.ride.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.ride.BusDayFixtures;
import fi.palvelupiste.kiosk.ride.Passenger;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An escort on the bus day, with a phone: ticks boarding at each of three stops and adds someone on the bus. */
@KioskTest
class EscortViewTest extends SpringBrowserlessTest {

    @Autowired
    EventPlanning planning;
    @Autowired
    RidePlanning rides;
    @Autowired
    SignupBooking signups;
    @Autowired
    Clock clock;

    @Test
    @WithMockUser(username = "saattaja", roles = "STAFF")
    void the_escort_ticks_boarding_at_three_stops_and_undoes_a_wrong_tick() {
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 3);
        EscortView view = onTheBus(day);
        assertThat(view.manifest.isVisible()).as("the A4 manifest is the coordinator's").isFalse();
        assertThat(view.stops.getChildren().count()).as("three stops and the trip's departure point").isEqualTo(4);
        assertThat(view.counts.getText()).startsWith("Istumapaikkoja varattu 2, vapaana 1")
                .contains("Kyydissä 0 henkilöä", "Eväitä 0");

        for (int stop = 0; stop < 3; stop++) {
            test(stopButton(view, day, stop)).click();
            assertThat(view.rows).hasSize(1);
            EscortView.PassengerRow row = view.rows.getFirst();
            assertThat(row.passenger.name()).endsWith(day.surnames().get(stop));
            assertThat(row.boarded.getMinHeight()).isEqualTo("64px");
            test(row.boarded).click();
            assertThat(view.rows.getFirst().passenger.boarding()).isEqualTo(Passenger.Boarding.BOARDED);
        }
        assertThat(view.counts.getText()).contains("Kyydissä 3 henkilöä", "Eväitä 3");

        EscortView.PassengerRow last = view.rows.getFirst();
        assertThat(last.undo.isVisible()).isTrue();
        test(last.undo).click();
        EscortView.PassengerRow undone = view.rows.getFirst();
        assertThat(undone.passenger.boarding()).isEqualTo(Passenger.Boarding.EXPECTED);
        test(undone.noShow).click();
        assertThat(view.rows.getFirst().passenger.boarding()).isEqualTo(Passenger.Boarding.NO_SHOW);
        assertThat(view.counts.getText()).contains("Kyydissä 2 henkilöä");
    }

    @Test
    @WithMockUser(username = "saattaja", roles = "STAFF")
    void those_signed_up_for_the_trip_without_a_ride_are_ticked_at_the_departure_point() {
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 3);
        signups.signUp(new SignupRequest(day.event(), signups.slots(day.event()).getFirst().id(),
                SignupFixtures.person("Eeva", "Lähtöpaikalla", null), null, Locale.of("fi")));
        EscortView view = onTheBus(day);

        Button departurePoint = view.stops.getChildren().map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals(EscortView.DEPARTURE_POINT)).findFirst().orElseThrow();
        assertThat(departurePoint.getText()).contains("Lähtöpaikka: ");
        test(departurePoint).click();

        assertThat(view.rows).extracting(row -> row.passenger.lastName()).containsExactly("Lähtöpaikalla");
        assertThat(view.walkOn.isVisible()).as("someone added on the bus is added at a stop").isFalse();
        EscortView.PassengerRow row = view.rows.getFirst();
        assertThat(row.boarded.getId()).hasValue("escort-boarded-signup-" + row.passenger.bookingId());
        test(row.boarded).click();
        assertThat(view.rows.getFirst().passenger.boarding()).isEqualTo(Passenger.Boarding.BOARDED);
        assertThat(view.counts.getText()).contains("Kyydissä 1 henkilö", "Eväitä 1");
    }

    @Test
    @WithMockUser(username = "saattaja", roles = "STAFF")
    void a_walk_on_is_added_while_a_seat_is_free_and_then_the_bus_is_full() {
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 3);
        EscortView view = onTheBus(day);
        test(stopButton(view, day, 1)).click();
        assertThat(view.addWalkOn.isEnabled()).isTrue();

        view.firstName.setValue("Veikko");
        view.lastName.setValue("Kinnunen");
        view.seats.setValue(1);
        test(view.addWalkOn).click();

        assertThat(view.rows).hasSize(2);
        assertThat(view.rows).anySatisfy(row -> {
            assertThat(row.passenger.name()).isEqualTo("Veikko Kinnunen");
            assertThat(row.passenger.walkOn()).isTrue();
            assertThat(row.passenger.boarding()).isEqualTo(Passenger.Boarding.BOARDED);
        });
        assertThat(view.addWalkOn.isEnabled()).as("3 seats and the wheelchair place taken").isFalse();
        assertThat(view.addWalkOn.getText()).isEqualTo("Bussi on täynnä");
        assertThat(view.counts.getText()).startsWith("Istumapaikkoja varattu 3, vapaana 0");
    }

    @Test
    @WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
    void a_coordinator_also_gets_the_printed_manifest() {
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 3);
        EscortView view = onTheBus(day);

        assertThat(view.manifest.isVisible()).isTrue();
        assertThat(view.manifest.getHref()).isEqualTo("admin/rides/" + day.ride() + "/a4");
    }

    /** The page as the escort opens it on the bus, with the day's bus chosen. */
    private EscortView onTheBus(BusDayFixtures.BusDay day) {
        EscortView view = navigate(EscortView.class);
        List<Ride> today = view.bus.getListDataView().getItems().toList();
        view.bus.setValue(today.stream().filter(r -> r.id() == day.ride()).findFirst().orElseThrow());
        return view;
    }

    private static Button stopButton(EscortView view, BusDayFixtures.BusDay day, int stop) {
        return view.stops.getChildren().map(Button.class::cast)
                .filter(b -> b.getId().orElseThrow().equals("escort-stop-" + day.stops().get(stop)))
                .findFirst().orElseThrow();
    }
}
