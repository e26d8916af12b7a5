package fi.palvelupiste.kiosk;

import org.springframework.context.annotation.Profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only on the hub (profile {@value #PROFILE}): a bean that exists only there, or a view whose route a kiosk does not
 * serve (staff.ui.NodeRoutes removes it). The counterpart of {@link KioskOnly}; README, "The hub".
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile(HubOnly.PROFILE)
public @interface HubOnly {

    /** The Spring profile that makes this application the hub. */
    String PROFILE = "hub";
}
