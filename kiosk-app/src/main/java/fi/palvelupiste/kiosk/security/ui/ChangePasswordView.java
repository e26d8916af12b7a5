package fi.palvelupiste.kiosk.security.ui;

import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.security.LandingPage;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import jakarta.annotation.security.PermitAll;

/** Choosing one's own password; the first log-in with a one-time password comes here before anything else. */
@Route(value = "password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Paragraph message = new Paragraph();
    final Button save = new Button();

    public ChangePasswordView(StaffAccounts accounts, AuthenticationContext authentication, LandingPage landing) {
        addClassName("staff-password");
        String username = authentication.getPrincipalName().orElseThrow();
        H1 heading = new H1(getTranslation("password.heading"));
        Paragraph why = new Paragraph(accounts.mustChangePassword(username)
                ? getTranslation("password.first-login") : getTranslation("password.instruction",
                StaffAccounts.MIN_PASSWORD_LENGTH));
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        newPassword.setLabel(getTranslation("password.new", StaffAccounts.MIN_PASSWORD_LENGTH));
        newPassword.setId("password-new");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        message.setId("password-message");
        message.getElement().setAttribute("role", "alert");
        save.setText(getTranslation("password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!newPassword.getValue().equals(repeat.getValue())) {
                message.setText(getTranslation("password.error.repeat"));
                return;
            }
            try {
                accounts.changePassword(username, current.getValue(), newPassword.getValue());
                getUI().ifPresent(ui -> ui.navigate(landing.route()));
            } catch (StaffAccounts.PasswordRejected rejected) {
                message.setText(getTranslation(rejected.messageKey(), StaffAccounts.MIN_PASSWORD_LENGTH));
            }
        });
        add(heading, why, current, newPassword, repeat, message, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("password.heading"));
    }
}
