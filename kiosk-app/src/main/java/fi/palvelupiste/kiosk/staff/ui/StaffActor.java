package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.audit.Actor;

/** The staff member logged in on this page, as the one who acts (and is audited). */
public final class StaffActor {

    private StaffActor() {
    }

    public static Actor of(AuthenticationContext authentication) {
        return Actor.staff(authentication.getPrincipalName().filter(name -> !name.isBlank()).orElse("unknown"));
    }
}
