package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.HubTest;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.hub.HubAreas;
import fi.palvelupiste.kiosk.hub.HubSites;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** On the hub an admin gives each user the municipalities they work for. */
@HubTest
@ViewPackages(classes = AreasView.class)
@WithMockUser(username = "hubin-paakayttaja", roles = {"ADMIN", "COORDINATOR", "STAFF"})
class AreasViewTest extends SpringBrowserlessTest {

    @Autowired
    HubAreas areas;
    @Autowired
    HubSites sites;
    @Autowired
    StaffAccounts accounts;

    @Test
    void an_admin_gives_a_coordinator_two_municipalities_and_can_take_them_away() {
        Actor admin = Actor.staff("hubin-paakayttaja");
        sites.createSite("Leppävirran kirjasto", "Leppävirta", admin);
        sites.createSite("Varkauden kirjasto", "Varkaus", admin);
        accounts.create("liisa", "Liisa Koordinaattori", EnumSet.of(Role.COORDINATOR));

        AreasView view = navigate(AreasView.class);
        view.choose(accounts.find("liisa").orElseThrow());
        assertThat(view.municipalities.getListDataView().getItems()).contains("Leppävirta", "Varkaus");
        view.municipalities.setValue(Set.of("Leppävirta", "Varkaus"));
        test($(Button.class).id("areas-save")).click();
        assertThat(areas.areasOf("liisa")).containsExactly("Leppävirta", "Varkaus");
        assertThat(view.municipalities.isVisible()).as("the same user stays open").isTrue();
        assertThat(view.municipalities.getValue()).containsExactlyInAnyOrder("Leppävirta", "Varkaus");
        assertThat(areas.readableSites(Actor.staff("liisa"))).hasSize(2);

        view.municipalities.setValue(Set.of());
        test($(Button.class).id("areas-save")).click();
        assertThat(areas.readableSites(Actor.staff("liisa"))).isEmpty();
        assertThat(view.message.getText()).isEqualTo("Käyttäjän Liisa Koordinaattori alueet tallennettu.");
    }
}
