package fi.palvelupiste.kiosk.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.security.KioskDevices;
import fi.palvelupiste.kiosk.security.LoginFailureHandler;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Staff, coordinators and admins log in here, from the library's PC: never on the kiosk's own screen. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final Clock clock;

    public LoginView(KioskDevices kioskDevices, Clock clock) {
        this.clock = clock;
        addClassName("staff-login");
        H1 heading = new H1(getTranslation("login.heading"));
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && kioskDevices.isKioskDevice(request.getRemoteAddr())) {
            Paragraph notHere = new Paragraph(getTranslation("login.kiosk-device"));
            notHere.setId("login-kiosk-device");
            add(heading, notHere);
            return;
        }
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form-title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(heading, form, new Paragraph(getTranslation("login.forgot")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        OffsetDateTime lockedUntil = failed ? lockedUntil() : null;
        if (lockedUntil != null) {
            // a locked account is told so, and until when, instead of "check the password"
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                            .format(lockedUntil.atZoneSameInstant(clock.getZone()))));
            form.setI18n(i18n);
        }
        form.setError(failed);
    }

    /** Until when the account tried last is locked, when it still is. */
    private OffsetDateTime lockedUntil() {
        VaadinSession session = VaadinSession.getCurrent();
        Object until = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(LoginFailureHandler.LOCKED_UNTIL);
        return until instanceof OffsetDateTime time && time.isAfter(OffsetDateTime.now(clock)) ? time : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("login.heading"));
    }
}
