package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.Component;
import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.KioskOnly;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The views this node serves: on the hub, none marked {@link KioskOnly} (no resident screens, queues or printer); on a
 * kiosk, none marked {@link HubOnly}. Their routes are taken out of the registry when Vaadin starts, so they are not
 * in any menu and their addresses answer "not found".
 */
@org.springframework.stereotype.Component
class NodeRoutes implements VaadinServiceInitListener {

    private final Class<? extends Annotation> notServed;

    NodeRoutes(Environment environment) {
        this.notServed = environment.acceptsProfiles(Profiles.of(HubOnly.PROFILE)) ? KioskOnly.class : HubOnly.class;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        List<Class<? extends Component>> removed = routes.getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget).filter(target -> target.isAnnotationPresent(notServed))
                .distinct().toList();
        removed.forEach(routes::removeRoute);
    }
}
