package fi.palvelupiste.kiosk;

import org.springframework.context.annotation.Profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only on a kiosk, never on the hub: a bean for the kiosk's own devices and screen (printer worker, GPIO, the H2
 * backup), or a view the hub does not serve (resident screens, queues, printer, storage); staff.ui.NodeRoutes removes
 * such views' routes on the hub.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile("!" + HubOnly.PROFILE)
public @interface KioskOnly {
}
