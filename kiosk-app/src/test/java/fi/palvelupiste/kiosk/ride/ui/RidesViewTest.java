package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.ride.RidePlanning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.audit.AuditEntry;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.ride.ManifestRow;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.RideStop;
import fi.palvelupiste.kiosk.ride.StopCount;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator sets up the bus and the wheelchair taxi for a trip and reads the driver's manifest. */
@KioskTest
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class RidesViewTest extends SpringBrowserlessTest {

    private static final Locale FI = Locale.of("fi");
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final fi.palvelupiste.kiosk.audit.Actor COORDINATOR =
            fi.palvelupiste.kiosk.audit.Actor.staff("koordinaattori");

    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning ridePlanning;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;

    @Test
    void a_coordinator_creates_a_bus_with_three_stops_and_a_wheelchair_taxi_and_reads_the_manifest_per_stop() {
        long trip = SignupFixtures.trip(planning, clock, 40, null);
        String run = COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        RidesView view = navigate(RidesView.class);

        Ride bus = create(view, trip, "Tilausbussi " + run, Vehicle.BUS, 40, 0);
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.chosen.id()).isEqualTo(bus.id());
        assertThat(bus.eventId()).isEqualTo(trip);
        assertThat(bus.date()).as("an event's ride runs on the event's day")
                .isEqualTo(signups.event(trip).orElseThrow().date());
        addStop(view, "Karttula", "Koulun pysäkki", LocalTime.of(8, 15));
        addStop(view, "Tervo kirkonkylä", "Kylätalon piha", LocalTime.of(7, 40));
        addStop(view, "Kuuslahti", "Kylätalon piha", LocalTime.of(8, 0));
        GridTester<Grid<RideStop>, RideStop> route = test(view.stops);
        assertThat(cells(route, 1)).as("the route in pickup order")
                .containsExactly("Tervo kirkonkylä", "Kuuslahti", "Karttula");
        assertThat(cells(route, 0)).containsExactly("07.40", "08.00", "08.15");

        Ride taxi = create(view, trip, "Invataksi " + run, Vehicle.WHEELCHAIR_TAXI, 2, 1);
        addStop(view, "Tervo kirkonkylä", "Kotiovelta", LocalTime.of(7, 30));

        List<RideStop> busStops = ridePlanning.stops(bus.id());
        long taxiStop = ridePlanning.stops(taxi.id()).getFirst().id();
        signUp(trip, "Aino", "Virtanen", "0401234567", new RideRequest(busStops.get(1).id(), 2, false));
        signUp(trip, "Eino", "Mäki", null, new RideRequest(busStops.get(2).id(), 1, false));
        signUp(trip, "Helmi", "Kuusi", "0501112223", new RideRequest(busStops.get(0).id(), 1, false));
        signUp(trip, "Toivo", "Laine", null, new RideRequest(taxiStop, 0, true));
        signUp(trip, "Ilman", "Kyytiä", null, null);

        int auditedBefore = manifestViews(bus.id());
        choose(view, bus);

        GridTester<Grid<ManifestRow>, ManifestRow> manifest = test(view.manifest);
        assertThat(manifest.size()).isEqualTo(3);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < manifest.size(); row++) {
            rows.add(String.join(" | ", manifest.getCellText(row, 0), manifest.getCellText(row, 1),
                    manifest.getCellText(row, 2), manifest.getCellText(row, 3), manifest.getCellText(row, 4),
                    manifest.getCellText(row, 5)));
        }
        assertThat(rows).as("per stop in pickup order").containsExactly(
                "07.40 | Tervo kirkonkylä, Kylätalon piha | Helmi Kuusi | 1 | ei | 050 111 2223",
                "08.00 | Kuuslahti, Kylätalon piha | Aino Virtanen | 2 | ei | 040 123 4567",
                "08.15 | Karttula, Koulun pysäkki | Eino Mäki | 1 | ei | ");

        GridTester<Grid<StopCount>, StopCount> summary = test(view.summary);
        assertThat(summaryRows(summary)).as("seats and wheelchair places per stop").containsExactly(
                "07.40 Tervo kirkonkylä, Kylätalon piha: 1 booking(s), 1 seat(s), 0 wheelchair(s)",
                "08.00 Kuuslahti, Kylätalon piha: 1 booking(s), 2 seat(s), 0 wheelchair(s)",
                "08.15 Karttula, Koulun pysäkki: 1 booking(s), 1 seat(s), 0 wheelchair(s)");
        assertThat(view.snacks.getText()).as("one snack per traveller on every ride to the trip")
                .isEqualTo("Eväitä koko matkalle: 5");

        assertThat(manifestViews(bus.id())).as("looking at the names is written to the audit log")
                .isGreaterThan(auditedBefore);
        assertThat(audit.newest(20)).filteredOn(e -> e.what().startsWith("manifest of ride " + bus.id() + " "))
                .first().satisfies(entry -> {
                    assertThat(entry.who()).isEqualTo("koordinaattori");
                    assertThat(entry.what()).contains("Tilausbussi " + run, "viewed on screen");
                });

        choose(view, taxi);
        assertThat(test(view.manifest).getCellText(0, 2)).isEqualTo("Toivo Laine");
        assertThat(test(view.manifest).getCellText(0, 4)).isEqualTo("kyllä");
        assertThat(summaryRows(test(view.summary))).containsExactly(
                "07.30 Tervo kirkonkylä, Kotiovelta: 1 booking(s), 0 seat(s), 1 wheelchair(s)");
        assertThat(view.snacks.getText()).isEqualTo("Eväitä koko matkalle: 5");
        assertThat(ridePlanning.ride(taxi.id()).orElseThrow().wheelchairBooked()).isEqualTo(1);
    }

    @Test
    void a_ride_gets_its_names_in_other_languages_and_residents_read_theirs_with_a_fallback_for_a_missing_one() {
        RidesView view = navigate(RidesView.class);
        String run = COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        assertThat(view.form.name.field(Language.SV).getLabel()).isEqualTo("Nimi ruotsiksi");
        assertThat(view.form.name.field(Language.EN).getId()).hasValue("ride-name-en");

        view.form.date.setValue(java.time.LocalDate.now(clock).plusDays(3));
        view.form.vehicle.setValue(Vehicle.SERVICE_MINIBUS);
        view.form.seats.setValue(8);
        view.form.name.field(Language.FI).setValue("Asiointikyyti " + run);
        view.form.name.field(Language.SV).setValue("Serviceskjuts " + run);
        assertThat(view.form.name.field(Language.UK).getLabel()).isEqualTo("Nimi ukrainaksi");
        view.form.name.field(Language.UK).setValue("Соціальний транспорт " + run);
        test(view.form.create).click();

        Ride saved = view.chosen;
        assertThat(saved.name().in(Language.FI)).isEqualTo("Asiointikyyti " + run);
        assertThat(saved.name().in(Language.SV)).isEqualTo("Serviceskjuts " + run);
        assertThat(saved.name().in(Language.EN)).isEmpty();
        assertThat(saved.name().get(Language.SV.locale())).isEqualTo("Serviceskjuts " + run);
        assertThat(saved.name().get(Language.UK.locale())).isEqualTo("Соціальний транспорт " + run);
        assertThat(saved.name().get(Language.EN.locale())).as("no English name: the Finnish one")
                .isEqualTo("Asiointikyyti " + run);
        assertThat(saved.name().get(Language.RU.locale())).as("no Russian or English name: the Finnish one")
                .isEqualTo("Asiointikyyti " + run);
    }

    @Test
    void a_ride_without_a_finnish_name_is_explained_by_the_form_and_not_saved() {
        RidesView view = navigate(RidesView.class);
        int before = ridePlanning.rides().size();
        view.form.date.setValue(java.time.LocalDate.now(clock).plusDays(3));
        view.form.seats.setValue(8);
        view.form.name.field(Language.SV).setValue("Bara svenska");

        test(view.form.create).click();

        assertThat(ridePlanning.rides()).hasSize(before);
        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Anna kyydille nimi.");
    }

    @Test
    void a_stop_with_a_booking_stays_on_the_route_and_an_unused_one_is_removed() {
        long ride = rideOnItsOwn("Pysäkkikyyti");
        long used = addStop(ride, "Kuuslahti", LocalTime.of(9, 0));
        long unused = addStop(ride, "Karttula", LocalTime.of(9, 20));
        rides.bookStandalone(new RideRequest(used, 1, false), SignupFixtures.person("Jää", "Pysäkille", null), FI);
        RidesView view = navigate(RidesView.class);
        choose(view, ridePlanning.ride(ride).orElseThrow());

        removeButton(view, 0).click();
        assertThat(ridePlanning.stops(ride)).extracting(RideStop::id).containsExactly(used, unused);
        assertThat(test(view.stops).size()).isEqualTo(2);
        removeButton(view, 1).click();

        assertThat(cells(test(view.stops), 1)).containsExactly("Kuuslahti");
        assertThat(audit.newest(5)).extracting(AuditEntry::what).contains("removed stop " + unused + " from ride " + ride);
    }

    @Test
    void the_rides_page_and_the_a4_manifest_show_no_finnish_text_to_swedish_and_english_coordinators() throws Exception {
        java.util.Properties finnish = bundle(Language.FI);
        long ride = rideOnItsOwn("Kielikyyti");
        long stop = addStop(ride, "Kuuslahti", LocalTime.of(9, 0));
        rides.bookStandalone(new RideRequest(stop, 1, true), SignupFixtures.person("Kaisa", "Kielinen", null), FI);
        for (Language language : List.of(Language.SV, Language.EN)) {
            java.util.Properties own = bundle(language);
            java.util.Set<String> finnishOnly = new java.util.HashSet<>();
            finnish.stringPropertyNames().stream().filter(key -> !finnish.getProperty(key).equals(own.getProperty(key)))
                    .forEach(key -> finnishOnly.add(finnish.getProperty(key)));
            com.vaadin.flow.component.UI.getCurrent().getSession()
                    .setAttribute(Language.STAFF_SESSION_ATTRIBUTE, language);
            com.vaadin.flow.component.UI.getCurrent().setLocale(language.locale());
            try {
                RidesView view = navigate(RidesView.class);
                choose(view, ridePlanning.ride(ride).orElseThrow());
                List<String> shown = shownTexts(view.getElement());
                for (Grid<?> grid : List.of(view.grid, view.stops, view.manifest, view.summary)) {
                    grid.getColumns().forEach(column -> shown.add(column.getHeaderText()));
                }
                shown.add(view.form.event.getLabel());
                shown.add(((Button) test(view.stops).getCellComponent(0, 3)).getText());

                assertThat(shown).as("the page in " + language).doesNotContainAnyElementsOf(finnishOnly)
                        .contains(own.getProperty("ride.admin.heading"), own.getProperty("ride.admin.remove-stop"),
                                own.getProperty("ride.column.wheelchair"), own.getProperty("ride.admin.create"));
                assertThat(view.csvFileName(view.chosen)).isEqualTo(own.getProperty("ride.admin.csv-file")
                        .replace("{0}", view.chosen.date().toString()).replace("{1}", String.valueOf(ride)));

                RideManifestPrintView a4 = navigate("admin/rides/" + ride + "/a4", RideManifestPrintView.class);
                List<String> paper = shownTexts(a4.getElement());
                assertThat(paper).as("the A4 manifest in " + language).doesNotContainAnyElementsOf(finnishOnly)
                        .contains(own.getProperty("ride.manifest.privacy"), own.getProperty("ride.column.stop"));
            } finally {
                com.vaadin.flow.component.UI.getCurrent().getSession()
                        .setAttribute(Language.STAFF_SESSION_ATTRIBUTE, null);
                com.vaadin.flow.component.UI.getCurrent().setLocale(Language.FI.locale());
            }
        }
    }

    /** A minibus of our own four days ahead with 8 seats and a wheelchair place, under a unique name. */
    private long rideOnItsOwn(String name) {
        return ridePlanning.save(null, new fi.palvelupiste.kiosk.ride.RideDraft(null,
                java.time.LocalDate.now(clock).plusDays(4), fi.palvelupiste.kiosk.i18n.LocalizedText.of(Language.FI,
                name + " " + COUNTER.incrementAndGet()), "Karttula", Vehicle.SERVICE_MINIBUS, 8, 1,
                LocalTime.of(13, 0), "Kunta", "044 123 4567"), COORDINATOR);
    }

    private long addStop(long ride, String village, LocalTime at) {
        return ridePlanning.addStop(ride, village, "", at, COORDINATOR);
    }

    /** The remove button of the chosen ride's stop on the row. */
    private com.vaadin.flow.component.button.ButtonTester<Button> removeButton(RidesView view, int row) {
        return test((Button) test(view.stops).getCellComponent(row, 3));
    }

    /** Every text and label on the page, as the coordinator reads them. */
    private static List<String> shownTexts(com.vaadin.flow.dom.Element element) {
        List<String> texts = new ArrayList<>();
        if (element.isTextNode()) {
            texts.add(element.getText().strip());
        }
        for (String property : List.of("label", "helperText", "placeholder")) {
            String value = element.getProperty(property);
            if (value != null && !value.isBlank()) {
                texts.add(value);
            }
        }
        element.getChildren().forEach(child -> texts.addAll(shownTexts(child)));
        return texts;
    }

    private static java.util.Properties bundle(Language language) throws java.io.IOException {
        java.util.Properties texts = new java.util.Properties();
        try (var in = RidesViewTest.class.getResourceAsStream("/i18n/rides_" + language.code() + ".properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts;
    }

    private Ride create(RidesView view, long trip, String name, Vehicle vehicle, int seats, int wheelchairPlaces) {
        view.form.event.setValue(view.form.event.getListDataView().getItems().filter(e -> e.id() == trip).findFirst().orElseThrow());
        view.form.name.field(Language.FI).setValue(name);
        view.form.vehicle.setValue(vehicle);
        view.form.seats.setValue(seats);
        view.form.wheelchairPlaces.setValue(wheelchairPlaces);
        view.form.returnsAt.setValue(LocalTime.of(15, 0));
        view.form.operator.setValue("Tervon Liikenne");
        view.form.phone.setValue("044 765 4321");
        test($(Button.class).id("ride-create")).click();
        Ride created = view.chosen;
        assertThat(created).as("the new ride is chosen").isNotNull();
        assertThat(created.name().in(Language.FI)).isEqualTo(name);
        assertThat(created.vehicle()).isEqualTo(vehicle);
        assertThat(created.seats()).isEqualTo(seats);
        assertThat(created.wheelchairPlaces()).isEqualTo(wheelchairPlaces);
        return created;
    }

    private void addStop(RidesView view, String village, String point, LocalTime at) {
        view.village.setValue(village);
        view.pickupPoint.setValue(point);
        view.pickupAt.setValue(at);
        test($(Button.class).id("stop-add")).click();
    }

    private void choose(RidesView view, Ride ride) {
        view.grid.asSingleSelect().clear();
        Ride fresh = view.grid.getGenericDataView().getItems().filter(r -> r.id() == ride.id()).findFirst()
                .orElse(ride);
        view.grid.select(fresh);
        assertThat(view.chosen.id()).isEqualTo(ride.id());
    }

    private void signUp(long trip, String first, String last, String phone, RideRequest ride) {
        signups.signUp(new SignupRequest(trip, signups.slots(trip).getFirst().id(),
                SignupFixtures.person(first, last, phone), null, FI), ride);
    }

    private int manifestViews(long rideId) {
        return (int) audit.newest(1000).stream().map(AuditEntry::what)
                .filter(what -> what.startsWith("manifest of ride " + rideId + " ")).count();
    }

    private static List<String> cells(GridTester<Grid<RideStop>, RideStop> grid, int column) {
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            cells.add(grid.getCellText(row, column));
        }
        return cells;
    }

    private static List<String> summaryRows(GridTester<Grid<StopCount>, StopCount> summary) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < summary.size(); row++) {
            rows.add(summary.getCellText(row, 0) + ": " + summary.getCellText(row, 1) + " booking(s), "
                    + summary.getCellText(row, 2) + " seat(s), " + summary.getCellText(row, 3) + " wheelchair(s)");
        }
        return rows;
    }
}
