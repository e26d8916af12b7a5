package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.TestHub;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.hub.HubSites;
import fi.palvelupiste.kiosk.hub.Site;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** A kiosk admin links the kiosk to a hub (a real one, on PostgreSQL) from the Hub page, and removes the link. */
@KioskTest
@ViewPackages(classes = HubLinkView.class)
@WithMockUser(username = "admin-test", roles = {"ADMIN", "COORDINATOR", "STAFF"})
class HubLinkViewTest extends SpringBrowserlessTest {

    static TestHub hub;

    @Autowired
    SiteIdentity site;

    @BeforeAll
    static void startHub() {
        hub = TestHub.start();
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @AfterEach
    void standAloneAgain() {
        site.unlink(Actor.staff("admin-test"));
    }

    String code() {
        HubSites sites = hub.bean(HubSites.class);
        Site site = sites.createSite("Tervon kirjasto", "Tervo", Actor.staff("koordinaattori"));
        return sites.newEnrolmentCode(site.id(), Actor.staff("koordinaattori")).code();
    }

    @Test
    void an_admin_links_the_kiosk_after_a_mistyped_code_and_removes_the_link_again() {
        HubLinkView view = navigate(HubLinkView.class);
        assertThat(view.state.getText()).isEqualTo("Kioskia ei ole liitetty koosteeseen. Sen tiedoissa on toimipisteen "
                + "tunnus local.");
        assertThat(view.unlink.isVisible()).isFalse();

        view.address.setValue(hub.url().toString());
        view.code.setValue("AAAA-AAAA-AAAA");
        test($(Button.class).id("hub-link")).click();
        assertThat(view.message.getText()).startsWith("Kooste ei hyväksynyt koodia.");
        assertThat(site.hubLink()).isEmpty();

        view.code.setValue(code());
        test($(Button.class).id("hub-link")).click();
        assertThat(view.message.getText()).isEmpty();
        assertThat(view.state.getText()).isEqualTo("Kioski on liitetty koosteeseen " + hub.url()
                + " toimipisteenä Tervon kirjasto.");
        assertThat(view.code.getValue()).as("a used code is not left on the page").isEmpty();

        test(view.contactNow).click();
        assertThat(view.problem.getText()).isEmpty();

        test(view.unlink).click();
        test($(Button.class).id("hub-unlink-confirm")).click();
        assertThat(site.hubLink()).isEmpty();
        assertThat(view.state.getText()).endsWith("tunnus local.");
    }

    @Test
    void a_plain_http_address_is_refused_with_the_reason() {
        HubLinkView view = navigate(HubLinkView.class);
        view.address.setValue("http://kooste.example.fi");
        view.code.setValue("AAAA-AAAA-AAAA");
        test($(Button.class).id("hub-link")).click();
        assertThat(view.message.getText()).isEqualTo("Koosteeseen on oltava suojattu yhteys: osoite alkaa https://.");
    }
}
