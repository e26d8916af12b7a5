package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.kiosk.kiosk.StartChoice;
import fi.palvelupiste.kiosk.kiosk.StartChoiceProvider;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two start-screen buttons: sign up (when some event takes sign-ups; the hint names the kinds open now, e.g.
 * "Valokuvauspäivä, kyyti lupapisteelle"), and "I have a reference code" (while any event is still to come).
 */
@Component
class SignupStartChoices implements StartChoiceProvider {

    static final int SIGNUP_ORDER = 100;
    static final int CODE_ORDER = 101;

    private final SignupBooking signups;
    private final I18NProvider i18n;

    SignupStartChoices(SignupBooking signups, I18NProvider i18n) {
        this.signups = signups;
        this.i18n = i18n;
    }

    @Override
    public List<StartChoice> startChoices(Locale locale) {
        List<StartChoice> choices = new ArrayList<>();
        List<SignupEvent> open = signups.openEvents();
        if (!open.isEmpty()) {
            String kinds = String.join(", ", open.stream().map(e -> CoordinatorsText.shown(e.kind().name(), locale)).distinct().toList());
            choices.add(new StartChoice("signup", i18n.getTranslation("signup.start.label", locale),
                    i18n.getTranslation("signup.start.hint", locale, kinds), SIGNUP_ORDER,
                    () -> UI.getCurrent().navigate(SignupView.class)));
        }
        if (signups.anythingBookedByCodeToCome()) {
            choices.add(new StartChoice("signup-code", i18n.getTranslation("signup.start.code-label", locale),
                    i18n.getTranslation("signup.start.code-hint", locale), CODE_ORDER,
                    () -> UI.getCurrent().navigate(ChangeBookingView.class)));
        }
        return choices;
    }
}
