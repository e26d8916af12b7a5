package fi.palvelupiste.kiosk.security;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RideManifests;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.PersonList;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupLists;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way to residents' names as plain staff: every registered route, and every slip on the printer page with
 * its preview and reprint. Lists and manifests printed at the kiosk are there, but staff see neither names nor
 * phones; a coordinator sees them, and each look is audited.
 */
@KioskTest
class PersonalDataAccessTest extends SpringBrowserlessTest {

    private static final String SURNAME = "Zorbatrix";
    private static final String PHONE = "0409871234";
    private static final Locale FI = Locale.of("fi");

    @Autowired
    SignupBooking signups;
    @Autowired
    EventPlanning planning;
    @Autowired
    SignupLists lists;
    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning ridePlanning;
    @Autowired
    RideManifests manifests;
    @Autowired
    PrintJobService printing;
    @Autowired
    PrintJobPrivacy privacy;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;

    long event;
    long ride;
    List<Long> personalJobs;

    @BeforeEach
    void anEventWithAListAndADriversManifestPrinted() {
        event = SignupFixtures.trip(planning, clock, 20, null);
        ride = ridePlanning.save(null, new RideDraft(event, null, LocalizedText.of(Language.FI, "Tilausbussi"), "Kuopio", Vehicle.BUS, 10, 0,
                LocalTime.of(15, 0), "Tervon Liikenne", "044 765 4321"), Actor.staff(SignupFixtures.COORDINATOR));
        long stop = ridePlanning.addStop(ride, "Karttula", "Koulun pysäkki", LocalTime.of(8, 15), Actor.staff(SignupFixtures.COORDINATOR));
        signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(),
                SignupFixtures.person("Quintilla", SURNAME, PHONE), null, FI), new RideRequest(stop, 1, false));
        personalJobs = List.of(
                lists.print(event, PersonList.PARTICIPANTS, Actor.staff(SignupFixtures.COORDINATOR), FI),
                manifests.print(ride, Actor.staff(SignupFixtures.COORDINATOR), FI));
        assertThat(printing.find(personalJobs.getFirst()).orElseThrow().document()).contains(SURNAME);
        assertThat(privacy.withPersonalData(personalJobs)).containsExactlyInAnyOrderElementsOf(personalJobs);
    }

    @Test
    @WithMockUser(username = "maija", roles = "STAFF")
    void staff_find_no_names_or_phones_on_any_page_nor_in_any_slip_preview() {
        List<String> seen = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            for (String location : concrete(route.getTemplate())) {
                UI.getCurrent().navigate(location);
                seen.add(location + ": " + everythingShown());
            }
        }
        assertThat(seen).as("pages as staff").noneMatch(PersonalDataAccessTest::holdsPersonalData);

        // the printer page's previews: PrinterViewTest goes through each one as staff
        assertThatThrownBy(() -> privacy.preview(personalJobs.getFirst(), Actor.staff("maija")))
                .as("not by going round the page either").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.reprint(personalJobs.getLast(), Actor.staff("maija")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "kaisa", roles = {"COORDINATOR", "STAFF"})
    void a_coordinator_sees_and_reprints_a_printed_list_and_each_is_audited() {
        long list = personalJobs.getFirst();

        assertThat(privacy.mayRead(list)).isTrue();
        assertThat(privacy.preview(list, Actor.staff("kaisa"))).isNotEmpty();
        long reprint = privacy.reprint(list, Actor.staff("kaisa"));

        String name = "signup-list-" + event + "-participants";
        assertThat(audit.newest(5)).extracting(e -> e.who() + ": " + e.what()).contains(
                "kaisa: viewed the printed copy " + name + " (print job " + list + ") on the printer page",
                "kaisa: reprinted the printed copy " + name + " (print job " + list + ") on the printer page");
        assertThat(privacy.withPersonalData(List.of(reprint))).as("the reprint holds the same names").isNotEmpty();
    }

    /** Every text, value and label on the screen, grids' cells included. */
    private String everythingShown() {
        StringBuilder all = new StringBuilder(UI.getCurrent().getElement().getTextRecursively());
        walk(UI.getCurrent(), component -> {
            for (String property : List.of("value", "label", "title", "alt", "helperText", "errorMessage")) {
                String value = component.getElement().getProperty(property);
                String attribute = component.getElement().getAttribute(property);
                all.append(' ').append(value == null ? "" : value).append(' ').append(attribute == null ? "" : attribute);
            }
            if (component instanceof Grid<?> grid) {
                var cells = test(grid);
                for (int row = 0; row < cells.size(); row++) {
                    for (int column = 0; column < grid.getColumns().size(); column++) {
                        try {
                            all.append(' ').append(cells.getCellText(row, column));
                        } catch (RuntimeException componentColumn) {
                            // a column of buttons: its text is in the component tree
                        }
                    }
                }
            }
        });
        return all.toString();
    }

    private static void walk(Component component, java.util.function.Consumer<Component> visit) {
        visit.accept(component);
        component.getChildren().forEach(child -> walk(child, visit));
    }

    private static boolean holdsPersonalData(String text) {
        return Stream.of(SURNAME, PHONE, "040 987 1234").anyMatch(text::contains);
    }

    /** The route with its parameters filled in with this test's event and ride (and each list). */
    private List<String> concrete(String template) {
        if (!template.contains(":")) {
            return List.of(template);
        }
        List<String> locations = new ArrayList<>();
        for (long id : List.of(event, ride)) {
            String filled = template.replaceAll(":list[^/]*", "participants").replaceAll(":[^/]+", String.valueOf(id));
            locations.add(filled);
        }
        return locations;
    }
}
