package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.HubTest;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.hub.HubSites;
import fi.palvelupiste.kiosk.hub.Site;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SiteChoices.SiteChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** On the hub, a coordinator chooses in the event's editor the sites whose kiosks offer it. */
@HubTest
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class EventSitesViewTest extends SpringBrowserlessTest {

    @Autowired
    HubSites hub;
    @Autowired
    EventPlanning planning;
    @Autowired
    SharedEvents shared;
    @Autowired
    Clock clock;

    @Test
    void the_chosen_sites_offer_the_event() {
        Actor coordinator = Actor.staff("koordinaattori");
        Site tervo = hub.createSite("Tervon kirjasto", "Tervo", coordinator);
        Site vesanto = hub.createSite("Vesannon kylätalo", "Vesanto", coordinator);
        long event = SignupFixtures.photoDay(planning, clock, 2, 3);

        EventEditorView editor = navigate("admin/events/" + event, EventEditorView.class);
        assertThat(editor.sites.isVisible()).isTrue();
        assertThat(editor.sites.sites.getListDataView().getItems().map(SiteChoice::name))
                .contains("Tervon kirjasto", "Vesannon kylätalo");
        editor.sites.sites.setValue(editor.sites.sites.getListDataView().getItems()
                .filter(site -> Set.of(tervo.id(), vesanto.id()).contains(site.id())).collect(Collectors.toSet()));
        test($(Button.class).id("event-sites-save")).click();

        assertThat(shared.sitesOf(event)).containsExactlyInAnyOrder(tervo.id(), vesanto.id());
    }
}
