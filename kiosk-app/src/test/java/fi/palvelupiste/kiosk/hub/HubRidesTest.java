package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.TestKiosk;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.ride.ManifestRow;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RideManifests;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.RideRefusedException;
import fi.palvelupiste.kiosk.ride.RideStop;
import fi.palvelupiste.kiosk.ride.RideSync;
import fi.palvelupiste.kiosk.ride.SharedRides;
import fi.palvelupiste.kiosk.ride.StopInUseException;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.sync.Stored;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rides across the hub, with two kiosks (each on its own H2) and a hub (on PostgreSQL): a coordinator's bus to a hub
 * trip and a ride on its own go down with their stops, residents book at both sites, one kiosk is cut off, and the
 * hub's manifest ends up with every booking once, never more seats or wheelchair places than the vehicle has.
 */
class HubRidesTest extends TwoSitesTest {

    static final Locale FI = Language.FI.locale();

    @BeforeAll
    static void sites() {
        startSites("--kiosk.hub.standing-places=1");
    }

    /** A ride on the hub with 3 seats and 1 wheelchair place: to {@code eventId}, or on its own a week ahead. */
    static long rideOnHub(Long eventId, String... villages) {
        RidePlanning planning = hub.bean(RidePlanning.class);
        LocalDate date = eventId == null ? LocalDate.now(hub.bean(Clock.class)).plusDays(7) : null;
        long ride = planning.save(null, new RideDraft(eventId, date, LocalizedText.of(Language.FI, "Kyyti " + UUID.randomUUID()), "Kuopio",
                Vehicle.SERVICE_MINIBUS, 3, 1, LocalTime.of(15, 0), "Tervon Liikenne", "044 765 4321"), COORDINATOR);
        LocalTime pickup = LocalTime.of(7, 30);
        for (String village : villages) {
            planning.addStop(ride, village, "Kylätalon piha", pickup, COORDINATOR);
            pickup = pickup.plusMinutes(20);
        }
        return ride;
    }

    static Ride copyAt(TestKiosk kiosk, long rideOnHub) {
        UUID publicId = hub.bean(RidePlanning.class).ride(rideOnHub).orElseThrow().publicId();
        return kiosk.bean(RidePlanning.class).rides().stream().filter(r -> r.publicId().equals(publicId)).findFirst()
                .orElseThrow();
    }

    static RideStop firstStop(TestKiosk kiosk, Ride ride) {
        return kiosk.bean(RidePlanning.class).stops(ride.id()).getFirst();
    }

    static List<ManifestRow> manifest(long rideOnHub) {
        return hub.bean(RideManifests.class).rows(rideOnHub, ListFormat.SCREEN,
                hub.coordinator("kaikki", "Tervo", "Vesanto"));
    }

    static int seatsOn(List<ManifestRow> rows) {
        return rows.stream().filter(row -> row.booking().confirmed()).mapToInt(row -> row.booking().seats()).sum();
    }

    static RideTicket book(TestKiosk kiosk, Ride ride, int seats, boolean wheelchair, String last) {
        return kiosk.bean(RideBookings.class).bookStandalone(new RideRequest(firstStop(kiosk, ride).id(), seats,
                wheelchair), SignupFixtures.person("Matkustaja", last, null), FI);
    }

    @Test
    void a_bus_to_a_hub_trip_goes_down_with_its_stops_and_bookings_from_both_sites_reach_the_hubs_manifest() {
        long tripId = SignupFixtures.trip(hub.bean(EventPlanning.class), hub.bean(Clock.class), 40, null);
        hub.bean(SharedEvents.class).offerAt(tripId, List.of(siteOf(tervo), siteOf(vesanto)), COORDINATOR);
        SignupEvent trip = hub.bean(EventPlanning.class).event(tripId).orElseThrow();
        long bus = rideOnHub(tripId, "Karttula", "Kuuslahti");
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();

        Ride atTervo = copyAt(tervo, bus);
        assertThat(atTervo.fromHub()).isTrue();
        assertThat(tervo.bean(RidePlanning.class).stops(atTervo.id())).extracting(RideStop::village)
                .containsExactly("Karttula", "Kuuslahti");
        assertThat(atTervo.seats() - atTervo.seatsBooked()).as("the standing grant").isEqualTo(1);
        assertThatThrownBy(() -> tervo.bean(RidePlanning.class).addStop(atTervo.id(), "Tervo", "Kirkko",
                LocalTime.of(7, 0), COORDINATOR)).isInstanceOf(RideRefusedException.class)
                .hasMessage("ride.error.from-hub");

        // Tervo online: the first passenger out of its grant, the second with a seat asked from the hub
        signUpWithRide(tervo, trip, atTervo, "Aino");
        Confirmation eino = signUpWithRide(tervo, trip, atTervo, "Eino");
        // Vesanto cut off: its own seat only
        toVesanto.cut();
        Ride atVesanto = copyAt(vesanto, bus);
        signUpWithRide(vesanto, trip, atVesanto, "Kalle");
        assertThat(contact(vesanto)).isFalse();
        assertThat(vesanto.bean(Outbox.class).size()).isPositive();
        assertThat(contact(tervo)).isTrue();
        assertThat(manifest(bus)).extracting(row -> row.booking().firstName()).containsExactlyInAnyOrder("Aino", "Eino");

        toVesanto.heal();
        assertThat(contact(vesanto)).isTrue();
        assertThat(vesanto.bean(Outbox.class).size()).isZero();
        assertThat(contact(tervo)).as("again: nothing doubles").isTrue();
        List<ManifestRow> rows = manifest(bus);
        assertThat(rows).extracting(row -> row.booking().firstName()).containsExactlyInAnyOrder("Aino", "Eino", "Kalle");
        assertThat(rows).extracting(row -> row.booking().siteId()).containsOnly(siteOf(tervo), siteOf(vesanto));
        assertThat(seatsOn(rows)).isEqualTo(3);
        assertThatThrownBy(() -> signUpWithRide(vesanto, trip, copyAt(vesanto, bus), "Liisa"))
                .as("the bus is full everywhere").isInstanceOf(RideFullException.class);

        // Eino cancels his ride with the code on his slip; the hub's manifest follows and the seat is free again
        tervo.bean(RideBookings.class).cancel(eino.ride().referenceCode(), Actor.KIOSK, false, FI);
        assertThat(contact(tervo)).isTrue();
        assertThat(manifest(bus)).filteredOn(row -> row.booking().confirmed())
                .extracting(row -> row.booking().firstName()).containsExactlyInAnyOrder("Aino", "Kalle");
        assertThat(seatsOn(manifest(bus))).isEqualTo(2);
        // a coordinator of Tervo's area sees only Tervo's passengers
        Actor tervonen = hub.coordinator("tervon-kuljettaja", "Tervo");
        assertThat(hub.bean(RideManifests.class).rows(bus, ListFormat.SCREEN, tervonen))
                .extracting(row -> row.booking().siteId()).containsOnly(siteOf(tervo));
        assertThat(hub.bean(RideManifests.class).notShown(bus, tervonen)).isEqualTo(1);
    }

    @Test
    void seats_and_the_wheelchair_place_of_a_ride_on_its_own_are_never_oversold_and_move_to_where_they_are_asked_for() {
        long ride = rideOnHub(null, "Vesanto");
        hub.bean(SharedRides.class).offerAt(ride, List.of(siteOf(tervo), siteOf(vesanto)), COORDINATOR);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();
        Ride atTervo = standaloneAt(tervo, ride);
        Ride atVesanto = standaloneAt(vesanto, ride);
        assertThat(atTervo.freeSeats()).as("its seat, and the hub's two as the hub had them at its contact, before Vesanto's")
                .isEqualTo(3);

        // Tervo books two seats: its own and one asked from the hub
        book(tervo, atTervo, 2, false, "Tervonen");
        // Vesanto, cut off, has its own seat and nothing more
        toVesanto.cut();
        book(vesanto, atVesanto, 1, false, "Vesalainen");
        assertThatThrownBy(() -> book(vesanto, atVesanto, 1, false, "Toinen"))
                .isInstanceOf(RideFullException.class);
        assertThatThrownBy(() -> book(vesanto, atVesanto, 0, true, "Pyörätuoli"))
                .as("Tervo holds the wheelchair place").isInstanceOf(RideFullException.class);

        // online again, Vesanto asks for the wheelchair place in vain: Tervo gives its spare one back, Vesanto gets it
        toVesanto.heal();
        assertThatThrownBy(() -> book(vesanto, atVesanto, 0, true, "Pyörätuoli"))
                .isInstanceOf(RideFullException.class);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(tervo)).as("the returned place goes up with the next contact").isTrue();
        assertThat(contact(vesanto)).isTrue();
        book(vesanto, standaloneAt(vesanto, ride), 0, true, "Pyörätuoli");
        assertThatThrownBy(() -> book(tervo, standaloneAt(tervo, ride), 0, true, "Toinen"))
                .isInstanceOf(RideFullException.class);

        assertThat(contact(vesanto)).isTrue();
        assertThat(contact(tervo)).isTrue();
        List<ManifestRow> rows = manifest(ride);
        assertThat(seatsOn(rows)).isEqualTo(3);
        assertThat(rows).filteredOn(row -> row.booking().wheelchair()).singleElement()
                .satisfies(row -> assertThat(row.booking().siteId()).isEqualTo(siteOf(vesanto)));
        assertThatThrownBy(() -> hub.bean(SharedRides.class).offerAt(ride, List.of(siteOf(tervo)), COORDINATOR))
                .as("Vesanto's residents have booked it").isInstanceOf(RideRefusedException.class)
                .hasMessage("ride.error.site-takes-part");
    }

    @Test
    void a_ride_on_its_own_goes_only_where_it_is_offered_and_a_replayed_batch_stores_nothing_twice() {
        long ride = rideOnHub(null, "Tervo", "Koivujärvi");
        hub.bean(SharedRides.class).offerAt(ride, List.of(siteOf(tervo)), COORDINATOR);
        assertThatThrownBy(() -> hub.bean(SharedRides.class).offerAt(rideOnHub(eventFor()), List.of(siteOf(tervo)),
                COORDINATOR)).as("a ride to an event goes where its event goes").isInstanceOf(RideRefusedException.class)
                .hasMessage("ride.error.sites-of-event");
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();
        UUID publicId = hub.bean(RidePlanning.class).ride(ride).orElseThrow().publicId();
        assertThat(vesanto.bean(RideBookings.class).bookableStandalone()).extracting(Ride::publicId)
                .doesNotContain(publicId);

        Ride atTervo = standaloneAt(tervo, ride);
        assertThat(tervo.bean(RidePlanning.class).stops(atTervo.id())).hasSize(2);
        book(tervo, atTervo, 1, false, "Tervonen");
        RideSync.Batch batch = tervo.bean(RideSync.class).next(10).orElseThrow();
        assertThat(contact(tervo)).isTrue();
        Stored again = hub.bean(RideSync.class).store(siteOf(tervo), batch.bookings());
        assertThat(again.stored()).as("already there").isZero();
        assertThat(again.refused()).isEmpty();
        assertThatThrownBy(() -> hub.bean(RideSync.class).store(siteOf(vesanto), batch.bookings()))
                .as("another site's records").isInstanceOf(IllegalArgumentException.class);
        assertThat(manifest(ride)).hasSize(1);

        assertThatThrownBy(() -> hub.bean(SharedRides.class).offerAt(ride, List.of(siteOf(vesanto)), COORDINATOR))
                .as("Tervo's resident has booked it").isInstanceOf(RideRefusedException.class);
        hub.bean(SharedRides.class).offerAt(ride, List.of(siteOf(tervo), siteOf(vesanto)), COORDINATOR);
        assertThat(contact(vesanto)).isTrue();
        assertThat(vesanto.bean(RideBookings.class).bookableStandalone()).extracting(Ride::publicId).contains(publicId);
    }

    @Test
    void a_kiosks_change_of_a_hub_ride_asks_the_hub_for_the_seat_it_lacks_and_the_hubs_manifest_and_route_follow() {
        long ride = rideOnHub(null, "Karttula", "Kuuslahti");
        hub.bean(SharedRides.class).offerAt(ride, List.of(siteOf(tervo)), COORDINATOR);
        assertThat(contact(tervo)).isTrue();
        Ride atTervo = standaloneAt(tervo, ride);
        RideTicket ticket = book(tervo, atTervo, 1, false, "Vaihtaja");
        assertThat(contact(tervo)).isTrue();
        long karttulaOnHub = hub.bean(RidePlanning.class).stops(ride).getFirst().id();
        assertThatThrownBy(() -> hub.bean(RidePlanning.class).removeStop(karttulaOnHub, COORDINATOR))
                .as("Tervo's resident gets on there").isInstanceOf(StopInUseException.class);
        assertThat(hub.bean(RideBookings.class).changeChoices(ticket.referenceCode(), FI))
                .as("the hub's copy is Tervo's booking: only Tervo changes it").isEmpty();

        RideStop kuuslahti = tervo.bean(RidePlanning.class).stops(atTervo.id()).get(1);
        RideTicket changed = tervo.bean(RideBookings.class).change(ticket.referenceCode(),
                new RideRequest(kuuslahti.id(), 2, false), Actor.KIOSK, FI);
        assertThat(changed.booked()).isEqualTo(new RideRequest(kuuslahti.id(), 2, false));
        assertThat(contact(tervo)).isTrue();

        assertThat(manifest(ride)).singleElement().satisfies(row -> {
            assertThat(row.stop().village()).isEqualTo("Kuuslahti");
            assertThat(row.booking().seats()).isEqualTo(2);
        });
        hub.bean(RidePlanning.class).removeStop(karttulaOnHub, COORDINATOR);
        assertThat(contact(tervo)).isTrue();
        assertThat(tervo.bean(RidePlanning.class).stops(atTervo.id())).extracting(RideStop::village)
                .containsExactly("Kuuslahti");
    }

    private static long eventFor() {
        long trip = SignupFixtures.trip(hub.bean(EventPlanning.class), hub.bean(Clock.class), 10, null);
        hub.bean(SharedEvents.class).offerAt(trip, List.of(siteOf(tervo)), COORDINATOR);
        return trip;
    }

    static Ride standaloneAt(TestKiosk kiosk, long rideOnHub) {
        UUID publicId = hub.bean(RidePlanning.class).ride(rideOnHub).orElseThrow().publicId();
        return kiosk.bean(RideBookings.class).bookableStandalone().stream().filter(r -> r.publicId().equals(publicId))
                .findFirst().orElseThrow();
    }

    static Confirmation signUpWithRide(TestKiosk kiosk, SignupEvent onHub, Ride ride, String first) {
        SignupEvent event = kiosk.bean(SignupBooking.class).openEvents().stream()
                .filter(e -> e.publicId().equals(onHub.publicId())).findFirst().orElseThrow();
        Slot departure = kiosk.bean(SignupBooking.class).slots(event.id()).getFirst();
        return kiosk.bean(SignupBooking.class).signUp(new SignupRequest(event.id(), departure.id(),
                SignupFixtures.person(first, "Matkustaja", null), null, FI),
                new RideRequest(firstStop(kiosk, ride).id(), 1, false));
    }
}
