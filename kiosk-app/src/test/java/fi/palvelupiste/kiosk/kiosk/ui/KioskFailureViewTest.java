package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.KioskTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
class KioskFailureViewTest extends SpringBrowserlessTest {

    /** A screen that fails as it opens, registered for this test's session only. */
    @AnonymousAllowed
    public static class FailingScreen extends Div {
        public FailingScreen() {
            throw new IllegalStateException("secret-detail-42 from the database");
        }
    }

    @Test
    void a_screen_that_fails_to_open_shows_a_kind_message_and_neither_the_exception_nor_a_stack_trace() {
        RouteConfiguration.forSessionScope().setRoute("failing-for-test", FailingScreen.class);

        UI.getCurrent().navigate("failing-for-test");

        assertThat(getCurrentView()).isInstanceOf(KioskFailureView.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Jotain meni vikaan", "Tämä ei ollut sinun vikasi")
                .doesNotContain("secret-detail-42", "IllegalStateException", "Exception", ".java");
    }
}
