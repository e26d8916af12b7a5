package fi.palvelupiste.kiosk.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.security.LoginFailureHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    Clock clock;

    @AfterEach
    void forgetTheLock() {
        VaadinSession.getCurrent().getSession().removeAttribute(LoginFailureHandler.LOCKED_UNTIL);
    }

    private LoginView openAfterFailedLogin() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        return (LoginView) getCurrentView();
    }

    @Test
    void a_locked_account_is_told_until_when_instead_of_wrong_password() {
        ZonedDateTime until = ZonedDateTime.now(clock).plusMinutes(4).truncatedTo(ChronoUnit.MINUTES);
        VaadinSession.getCurrent().getSession().setAttribute(LoginFailureHandler.LOCKED_UNTIL,
                until.toOffsetDateTime());

        LoginView view = openAfterFailedLogin();

        assertThat(view.form.isError()).isTrue();
        String i18n = String.valueOf(view.form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("Tunnus on lukittu", "kello %d.%02d asti".formatted(until.getHour(), until.getMinute()))
                .doesNotContain("Tarkista käyttäjätunnus");
    }

    @Test
    void a_wrong_password_or_a_lock_that_has_passed_gets_the_usual_message() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginFailureHandler.LOCKED_UNTIL,
                OffsetDateTime.now(clock).minusMinutes(1));

        LoginView view = openAfterFailedLogin();

        assertThat(view.form.isError()).isTrue();
        assertThat(String.valueOf(view.form.getElement().getPropertyRaw("i18n")))
                .contains("Tarkista käyttäjätunnus").doesNotContain("lukittu kello");
    }
}
