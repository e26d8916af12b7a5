package fi.palvelupiste.kiosk.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import org.springframework.stereotype.Component;

/** Someone logged in with a one-time password sees only the password page until they have chosen their own. */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final StaffAccounts accounts;
    private final AuthenticationContext authentication;

    ForcedPasswordChange(StaffAccounts accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target == ChangePasswordView.class || target.isAnnotationPresent(AnonymousAllowed.class)) {
                return;
            }
            authentication.getPrincipalName()
                    .filter(accounts::mustChangePassword)
                    .ifPresent(user -> enter.rerouteTo(ChangePasswordView.class));
        }));
    }
}
