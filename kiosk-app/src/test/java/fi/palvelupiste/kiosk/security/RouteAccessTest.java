package fi.palvelupiste.kiosk.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.kiosk.ui.KioskErrorView;
import fi.palvelupiste.kiosk.security.ui.LoginView;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page but the residents' own needs a log-in, and the right role: checked for all routes there are. */
@KioskTest
class RouteAccessTest extends SpringBrowserlessTest {

    @Test
    void every_route_that_is_not_for_residents_sends_an_anonymous_visitor_to_the_login() {
        List<RouteData> protectedRoutes = routes().stream()
                .filter(route -> !route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)).toList();
        assertThat(protectedRoutes).extracting(RouteData::getTemplate)
                .contains("staff", "staff/printer", "staff/statistics", "admin/services", "admin/users", "password");

        for (RouteData route : protectedRoutes) {
            navigate(concrete(route.getTemplate()), LoginView.class);
        }
    }

    @Test
    @WithMockUser(username = "maija", roles = "STAFF")
    void staff_cannot_open_the_admins_pages() {
        List<RouteData> adminRoutes = routes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(RolesAllowed.class))
                .filter(route -> List.of(route.getNavigationTarget().getAnnotation(RolesAllowed.class).value())
                        .stream().noneMatch(role -> role.equals(Role.STAFF_ROLE)))
                .toList();
        assertThat(adminRoutes).isNotEmpty();

        for (RouteData route : adminRoutes) {
            navigate(concrete(route.getTemplate()), KioskErrorView.class);
        }
    }

    private static List<RouteData> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes();
    }

    /** A route template with its parameters filled in, e.g. "admin/events/:id" → "admin/events/1". */
    private static String concrete(String template) {
        return template.replaceAll(":[^/]+", "1");
    }
}
