package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.HubTest;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.hub.HubSites;
import fi.palvelupiste.kiosk.hub.Site;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.SharedRides;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SiteChoices.SiteChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** On the hub, a coordinator chooses on the rides page the sites whose kiosks offer a ride on its own. */
@HubTest
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class RideSitesViewTest extends SpringBrowserlessTest {

    @Autowired
    HubSites hub;
    @Autowired
    RidePlanning planning;
    @Autowired
    EventPlanning events;
    @Autowired
    SharedRides shared;
    @Autowired
    Clock clock;

    @Test
    void a_ride_on_its_own_is_offered_at_the_chosen_sites_and_a_ride_to_an_event_goes_where_its_event_goes() {
        Actor coordinator = Actor.staff("koordinaattori");
        Site tervo = hub.createSite("Rytkyn kylätalo", "Tervo", coordinator);
        hub.createSite("Pihkainmäen koulu", "Vesanto", coordinator);
        long standalone = planning.save(null, new RideDraft(null, LocalDate.now(clock).plusDays(7), LocalizedText.of(Language.FI, "Asiointikyyti"), "Kuopio", Vehicle.SERVICE_MINIBUS, 8, 1, LocalTime.of(14, 0), "Tervon Liikenne", "044 765 4321"),
                coordinator);
        long trip = SignupFixtures.trip(events, clock, 20, null);
        long toEvent = planning.save(null, new RideDraft(trip, null, LocalizedText.of(Language.FI, "Tilausbussi"), "Kuopio", Vehicle.BUS, 20,
                0, LocalTime.of(15, 0), "Tervon Liikenne", "044 765 4321"), coordinator);

        RidesView view = navigate(RidesView.class);
        view.grid.select(planning.ride(toEvent).orElseThrow());
        assertThat(view.sites.isVisible()).isFalse();
        view.grid.select(planning.ride(standalone).orElseThrow());
        assertThat(view.sites.isVisible()).isTrue();
        assertThat(view.sites.sites.getListDataView().getItems().map(SiteChoice::name))
                .contains("Rytkyn kylätalo", "Pihkainmäen koulu");
        view.sites.sites.setValue(view.sites.sites.getListDataView().getItems()
                .filter(site -> site.id().equals(tervo.id())).collect(Collectors.toSet()));
        test($(Button.class).id("ride-sites-save")).click();

        assertThat(shared.sitesOf(standalone)).containsExactly(tervo.id());
    }
}
