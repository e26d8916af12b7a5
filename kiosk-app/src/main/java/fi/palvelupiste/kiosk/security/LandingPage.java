package fi.palvelupiste.kiosk.security;

import fi.palvelupiste.kiosk.HubOnly;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Where staff land after logging in or choosing a password: the queue desk on a kiosk; the sites on the hub. */
@Component
public class LandingPage {

    /** The hub's start page (hub.ui.SitesView). */
    static final String HUB = "sites";
    static final String KIOSK = "staff";

    private final String route;

    LandingPage(Environment environment) {
        this.route = environment.acceptsProfiles(Profiles.of(HubOnly.PROFILE)) ? HUB : KIOSK;
    }

    /** The route, without a leading slash ("staff"), for a view's navigation. */
    public String route() {
        return route;
    }

    /** The address, for a redirect ("/staff"). */
    public String path() {
        return "/" + route;
    }
}
