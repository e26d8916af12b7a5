package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.EveryLanguage;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.signup.ReferenceCodes;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupRetention;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.signup.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A coordinator sets up the bus and the wheelchair taxi, residents book at the kiosk, the driver gets the manifest. */
@KioskTest
class RideServiceTest {

    private static final Locale FI = Locale.of("fi");
    private static final String COORDINATOR = "koordinaattori";

    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning ridePlanning;
    @Autowired
    RideManifests manifests;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges signupChanges;
    @Autowired
    ReferenceCodes referenceCodes;
    @Autowired
    SignupRetention retention;
    @Autowired
    EventPlanning planning;
    @Autowired
    Clock clock;
    @Autowired
    PrinterPort printer;
    @Autowired
    JdbcClient jdbc;

    RideFixtures.Trip trip(int busSeats) {
        return RideFixtures.trip(planning, ridePlanning, clock, busSeats, 2);
    }

    Confirmation book(RideFixtures.Trip trip, String first, String last, String phone, RideRequest ride) {
        Slot departure = signups.slots(trip.event()).getFirst();
        return signups.signUp(new SignupRequest(trip.event(), departure.id(),
                SignupFixtures.person(first, last, phone), null, FI), ride);
    }

    @Test
    void the_bus_with_three_village_stops_and_a_wheelchair_taxi_gives_the_driver_a_manifest_per_stop_in_pickup_order() throws Exception {
        RideFixtures.Trip trip = trip(40);
        assertThat(ridePlanning.stops(trip.bus())).extracting(RideStop::village)
                .containsExactly("Tervo kirkonkylä", "Kuuslahti", "Karttula");
        assertThat(signups.rideStops(trip.event(), FI)).hasSize(4);

        Confirmation aino = book(trip, "Aino", "Virtanen", "0401234567", new RideRequest(trip.busStops().get(2), 2, false));
        book(trip, "Eino", "Mäki", null, new RideRequest(trip.busStops().get(0), 1, false));
        book(trip, "Helmi", "Kuusi", "0501112223", new RideRequest(trip.busStops().get(1), 1, false));
        book(trip, "Toivo", "Laine", null, new RideRequest(trip.taxiStop(), 0, true));
        book(trip, "Ilman", "Kyytiä", null, null);

        assertThat(aino.ride()).isNotNull();
        assertThat(aino.ride().referenceCode()).as("one code covers the sign-up and the ride")
                .isEqualTo(aino.resident().signup().referenceCode());

        List<ManifestRow> bus = manifests.rows(trip.bus(), ListFormat.SCREEN, Actor.staff(COORDINATOR));
        assertThat(bus).extracting(r -> r.stop().village() + ":" + r.booking().fullName() + ":" + r.booking().seats())
                .containsExactly("Tervo kirkonkylä:Helmi Kuusi:1", "Kuuslahti:Aino Virtanen:2", "Karttula:Eino Mäki:1");
        assertThat(manifests.summary(trip.event())).extracting(c -> c.stop().village() + " " + c.seats() + "+" + c.wheelchairPlaces())
                .containsExactly("Tervo kirkonkylä 1+0", "Kuuslahti 2+0", "Karttula 1+0", "Tervo kirkonkylä 0+1");
        assertThat(manifests.snacks(trip.event())).isEqualTo(5);
        assertThat(ridePlanning.ride(trip.taxi()).orElseThrow().wheelchairBooked()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = :a AND what LIKE :w")
                .param("a", COORDINATOR).param("w", "manifest of ride " + trip.bus() + "%").query(Integer.class).single())
                .isPositive();

        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(aino.ride().referenceCode())
                && text.contains("KYYTILIPPU"));
        assertThat(slip.text()).contains("Nouto klo 08.00", "Kuuslahti", "Kylätalon piha", "Tilausbussi",
                "Paluu noin klo 15.00", "044 765 4321", "2 istumapaikkaa").doesNotContain("Virtanen", "040");
        long slipBytes = Files.size(slip.escPosFile());
        assertThat(slipBytes).isLessThanOrEqualTo(800);
        System.out.println("BOARDING SLIP (" + slipBytes + " bytes)\n" + slip.text());

        manifests.print(trip.bus(), Actor.staff(COORDINATOR), FI);
        PrintedSlip manifest = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains("Kuljettajan")
                && text.contains("Helmi Kuusi") && text.contains("Eino Mäki"));
        assertThat(manifest.text().indexOf("Helmi Kuusi")).isLessThan(manifest.text().indexOf("Aino Virtanen"));
        assertThat(manifest.text().indexOf("Aino Virtanen")).isLessThan(manifest.text().indexOf("Eino Mäki"));
        assertThat(manifest.text()).as("places in words, the phone whole on a line of its own")
                .contains("[ ] Aino Virtanen: 2", "\n040 123 4567\n").doesNotContain("+pp");
        System.out.println("DRIVER'S MANIFEST (" + Files.size(manifest.escPosFile()) + " bytes)\n" + manifest.text());

        String csv = new String(manifests.csv(trip.bus(), Actor.staff(COORDINATOR), FI), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"07.40\";\"Tervo kirkonkylä, Kylätalon piha\";\"Helmi Kuusi\";\"1\";\"ei\";\"050 111 2223\"");
    }

    @Test
    void the_wheelchair_place_and_seats_are_counted_apart_and_a_full_ride_saves_no_sign_up() {
        RideFixtures.Trip trip = trip(1);
        book(trip, "Pyörä", "Tuoli", null, new RideRequest(trip.taxiStop(), 1, true));
        assertThatThrownBy(() -> book(trip, "Toinen", "Tuoli", null, new RideRequest(trip.taxiStop(), 0, true)))
                .isInstanceOf(RideFullException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM signup WHERE event_id = :e AND last_name = 'Tuoli'")
                .param("e", trip.event()).query(Integer.class).single())
                .as("the sign-up rolled back with the ride").isEqualTo(1);
        book(trip, "Istuja", "Taksissa", null, new RideRequest(trip.taxiStop(), 1, false));
        Ride taxi = ridePlanning.ride(trip.taxi()).orElseThrow();
        assertThat(taxi.seatsBooked()).isEqualTo(2);
        assertThat(taxi.wheelchairBooked()).isEqualTo(1);
    }

    @Test
    void cancelling_by_code_gives_the_places_back_and_cancelling_the_sign_up_takes_the_ride_with_it() {
        RideFixtures.Trip trip = trip(40);
        Confirmation a = book(trip, "Peruva", "Ensimmäinen", null, new RideRequest(trip.busStops().get(0), 2, false));
        Confirmation b = book(trip, "Peruva", "Toinen", null, new RideRequest(trip.taxiStop(), 0, true));
        signupChanges.cancelRide(a.ride().referenceCode(), Actor.KIOSK, FI);
        assertThat(signupChanges.ride(a.ride().referenceCode(), FI).orElseThrow().cancellable()).isFalse();
        assertThat(signupChanges.booking(a.resident().signup().id()).orElseThrow().signup().status())
                .isEqualTo(SignupStatus.CONFIRMED);
        signupChanges.cancel(b.resident().signup().id(), Actor.KIOSK, FI);
        assertThat(ridePlanning.ride(trip.bus()).orElseThrow().seatsBooked()).isZero();
        assertThat(ridePlanning.ride(trip.taxi()).orElseThrow().wheelchairBooked()).isZero();
    }

    @Test
    void a_ride_on_its_own_gets_a_code_of_the_same_family_and_is_found_by_it() {
        long ride = ridePlanning.save(null, new RideDraft(null, LocalDate.now(clock).plusDays(7), LocalizedText.of(Language.FI, "Asiointiliikenne"), "Karttula", Vehicle.SERVICE_MINIBUS, 8, 1, LocalTime.of(13, 0), "Kunta", "044 123 4567"), Actor.staff(COORDINATOR));
        long stop = ridePlanning.addStop(ride, "Kuuslahti", "Kaupan pysäkki", LocalTime.of(9, 20), Actor.staff(COORDINATOR));
        var ticket = rides.bookStandalone(new RideRequest(stop, 1, false),
                SignupFixtures.person("Oma", "Kyyti", null), FI);
        assertThat(ticket.standalone()).isTrue();
        assertThat(rides.codeTaken(ticket.referenceCode())).isTrue();
        assertThat(referenceCodes.lookUp("ride-test", "ride-test-device", ticket.referenceCode(), "Ky"))
                .isInstanceOf(fi.palvelupiste.kiosk.signup.CodeLookup.RideFound.class);
    }

    @Test
    void ride_bookings_are_deleted_with_the_events_personal_data_and_standalone_rides_after_their_date() {
        RideFixtures.Trip trip = trip(40);
        book(trip, "Poistuva", "Matkustaja", null, new RideRequest(trip.busStops().get(0), 1, false));
        long standalone = ridePlanning.save(null, new RideDraft(null, LocalDate.now(clock).plusDays(2), LocalizedText.of(Language.FI, "Vanha kyyti"), "", Vehicle.VOLUNTEER_CAR, 3, 0, null, "", ""), Actor.staff(COORDINATOR));
        long stop = ridePlanning.addStop(standalone, "Kuuslahti", "", LocalTime.of(9, 0), Actor.staff(COORDINATOR));
        rides.bookStandalone(new RideRequest(stop, 1, false), SignupFixtures.person("Vanha", "Varaus", null), FI);

        retention.deleteExpired(LocalDate.now(clock).plusDays(200));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM ride_booking WHERE ride_id IN (:ids)")
                .param("ids", List.of(trip.bus(), standalone)).query(Integer.class).single()).isZero();
        assertThat(ridePlanning.ride(trip.bus()).orElseThrow().personalDataDeletedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT SUM(seats) FROM ride_count WHERE ride_id = :r").param("r", trip.bus())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void five_hundred_parallel_attempts_on_the_last_seats_and_the_one_wheelchair_place_never_overbook() throws Exception {
        RideFixtures.Trip trip = trip(3);
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService kiosks = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 500; i++) {
                int n = i;
                done.add(kiosks.submit(() -> {
                    start.await();
                    boolean taxi = n % 2 == 0;
                    RideRequest ride = taxi ? new RideRequest(trip.taxiStop(), n % 4 == 0 ? 0 : 1, true)
                            : new RideRequest(trip.busStops().get(n % 3), 1 + (n / 2) % 2, false);
                    try {
                        book(trip, "Kilpa", "Matkustaja" + "abcdefghijklmnopqrstuvwxyz".charAt(n % 26)
                                + "abcdefghijklmnopqrstuvwxyz".charAt(n / 26), null, ride);
                        confirmed.incrementAndGet();
                    } catch (RideFullException e) {
                        full.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        }
        Ride bus = ridePlanning.ride(trip.bus()).orElseThrow();
        Ride taxi = ridePlanning.ride(trip.taxi()).orElseThrow();
        int busSeats = jdbc.sql("SELECT COALESCE(SUM(seats), 0) FROM ride_booking WHERE ride_id = :r AND status = 'CONFIRMED'")
                .param("r", trip.bus()).query(Integer.class).single();
        int wheelchairs = jdbc.sql("SELECT COUNT(*) FROM ride_booking WHERE ride_id = :r AND status = 'CONFIRMED' AND wheelchair")
                .param("r", trip.taxi()).query(Integer.class).single();
        int withoutSlip = jdbc.sql("""
                SELECT COUNT(*) FROM ride_booking b JOIN ride r ON r.id = b.ride_id
                WHERE r.event_id = :e AND NOT EXISTS (SELECT 1 FROM ride_slip s WHERE s.booking_id = b.id)""")
                .param("e", trip.event()).query(Integer.class).single();
        System.out.printf("RIDE CONCURRENCY: 500 attempts, %d confirmed, %d full; bus %d/%d seats, taxi %d/%d seats %d/%d wheelchair%n",
                confirmed.get(), full.get(), bus.seatsBooked(), bus.seats(), taxi.seatsBooked(), taxi.seats(),
                taxi.wheelchairBooked(), taxi.wheelchairPlaces());
        assertThat(confirmed.get() + full.get()).isEqualTo(500);
        assertThat(bus.seatsBooked()).isEqualTo(busSeats).isLessThanOrEqualTo(3).isPositive();
        assertThat(taxi.wheelchairBooked()).isEqualTo(wheelchairs).isEqualTo(1);
        assertThat(taxi.seatsBooked()).isLessThanOrEqualTo(2);
        assertThat(withoutSlip).isZero();
    }

    @Test
    void a_rides_name_is_stored_and_read_back_in_every_language() {
        long ride = ridePlanning.save(null, new RideDraft(null, LocalDate.now(clock).plusDays(9),
                EveryLanguage.text("Asiointikyyti"), "Karttula", Vehicle.SERVICE_MINIBUS, 8, 1, LocalTime.of(13, 0),
                "Kunta", "044 123 4567"), Actor.staff(COORDINATOR));

        assertThat(ridePlanning.ride(ride).orElseThrow().name()).isEqualTo(EveryLanguage.text("Asiointikyyti"));
        assertThat(ridePlanning.ride(ride).orElseThrow().name().get(Language.AR.locale()))
                .isEqualTo("Asiointikyyti (العربية)");
    }
}
