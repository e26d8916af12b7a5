package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The hub's own views, which a kiosk does not register at all ({@code registerAtStartup = false}): registered here on
 * the hub only. The hub's address "/" leads to them too (hub.HubStart).
 */
@HubOnly
@Component
class HubRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        if (!routes.isRouteRegistered(SitesView.class)) {
            routes.setRoute(SitesView.ROUTE, SitesView.class, List.of(StaffLayout.class));
        }
        if (!routes.isRouteRegistered(HubStatisticsView.class)) {
            routes.setRoute(HubStatisticsView.ROUTE, HubStatisticsView.class, List.of(StaffLayout.class));
        }
        if (!routes.isRouteRegistered(AreasView.class)) {
            routes.setRoute(AreasView.ROUTE, AreasView.class, List.of(StaffLayout.class));
        }
    }
}
