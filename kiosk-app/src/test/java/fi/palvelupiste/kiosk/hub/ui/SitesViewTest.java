package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import fi.palvelupiste.kiosk.HubTest;
import fi.palvelupiste.kiosk.hub.HubSites;
import fi.palvelupiste.kiosk.hub.Site;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub's sites page (which routes the hub serves: HubPagesTest). */
@HubTest
@ViewPackages(classes = SitesView.class)
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class SitesViewTest extends SpringBrowserlessTest {

    @Autowired
    HubSites hub;

    @Test
    void a_coordinator_creates_a_site_and_makes_a_one_time_code_shown_with_a_qr_code() {
        SitesView view = navigate(SitesView.class);
        view.name.setValue("Rautavaaran kirjasto");
        view.municipality.setValue("Rautavaara");
        test($(Button.class).id("site-create")).click();

        Site site = hub.sites().stream().filter(s -> s.name().equals("Rautavaaran kirjasto")).findFirst().orElseThrow();
        view.showCode(site);

        assertThat(view.codeDialog).isNotNull();
        String code = $(Div.class).id("enrolment-code").getText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        String src = $(Image.class).first().getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)))).contains("<path");
        assertThat(hub.enrol(code, null)).as("the code shown is the one that works").isPresent();
    }

    @Test
    void a_site_without_a_municipality_is_explained_and_not_made() {
        SitesView view = navigate(SitesView.class);
        int before = hub.sites().size();
        view.name.setValue("Kirjasto");
        test($(Button.class).id("site-create")).click();
        assertThat(view.message.getText()).isEqualTo("Täytä toimipisteen nimi ja kunta.");
        assertThat(hub.sites()).hasSize(before);
    }

    @Test
    void the_same_site_typed_twice_is_made_once_and_the_coordinator_told_so() {
        SitesView view = navigate(SitesView.class);
        view.name.setValue("Juankosken kirjasto");
        view.municipality.setValue("Kuopio");
        test($(Button.class).id("site-create")).click();
        int after = hub.sites().size();
        view.name.setValue("juankosken kirjasto");
        view.municipality.setValue("Kuopio");
        test($(Button.class).id("site-create")).click();
        assertThat(hub.sites()).hasSize(after);
        assertThat(view.message.getText()).startsWith("Tällä nimellä on jo toimipiste");
    }
}
