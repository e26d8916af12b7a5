package fi.palvelupiste.kiosk.hub;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import fi.palvelupiste.kiosk.TestHub;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub as a server: which pages it serves, and where its address leads. */
class HubPagesTest {

    static TestHub hub;

    @BeforeAll
    static void startHub() {
        hub = TestHub.start();
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void the_hub_serves_coordinators_pages_and_no_resident_queue_printer_or_storage_screen() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> start = client.send(HttpRequest.newBuilder(hub.url().resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).as("the sites (the log-in first, for a stranger)")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sites"));
        client.send(HttpRequest.newBuilder(hub.url().resolve("/login")).build(), HttpResponse.BodyHandlers.discarding());

        RouteConfiguration routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(hub.bean(ServletContext.class))));
        assertThat(routes.getRoute("sites")).isPresent();
        assertThat(routes.getRoute("sites/statistics")).isPresent();
        assertThat(routes.getRoute("admin/events")).isPresent();
        assertThat(routes.getRoute("admin/rides")).isPresent();
        assertThat(routes.getRoute("admin/forms")).isPresent();
        assertThat(routes.getRoute("admin/users")).isPresent();
        assertThat(routes.getRoute("staff/bookings")).as("a coordinator changes a booking by phone").isPresent();
        assertThat(routes.getRoute("campaigns")).as("campaigns of the hub's own events").isPresent();
        for (String kioskOnly : new String[]{"", "signup", "signup/change", "ride", "forms", "display", "staff",
                "staff/printer", "staff/storage", "staff/statistics", "admin/desks",
                "admin/services", "admin/hub", "escort"}) {
            assertThat(routes.getRoute(kioskOnly)).as("/" + kioskOnly).isEmpty();
        }
    }
}
