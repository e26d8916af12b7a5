package fi.palvelupiste.kiosk.photoday.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import fi.palvelupiste.kiosk.kiosk.StartChoice;
import fi.palvelupiste.kiosk.kiosk.StartChoiceProvider;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.photoday.WalkInTaken;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * On a photo day's date, at the kiosk holding it, two start-screen buttons first: "Check in for the photo day" and
 * "No booking? Take a number for the photographer" (a tap takes the number, as a queue button does; with two photo
 * days here that day, the resident chooses which first).
 */
@Component
class PhotoDayStartChoices implements StartChoiceProvider {

    /** Before the queues and sign-ups: on the day, this is what most people at the hall came for. */
    static final int CHECK_IN_ORDER = -20;
    static final int WALK_IN_ORDER = -19;

    private final PhotoDays photoDays;
    private final I18NProvider i18n;

    PhotoDayStartChoices(PhotoDays photoDays, I18NProvider i18n) {
        this.photoDays = photoDays;
        this.i18n = i18n;
    }

    @Override
    public List<StartChoice> startChoices(Locale locale) {
        List<SignupEvent> today = photoDays.today();
        if (today.isEmpty()) {
            return List.of();
        }
        return List.of(
                new StartChoice("photo-day-check-in", i18n.getTranslation("photoday.start.check-in", locale),
                        i18n.getTranslation("photoday.start.check-in-hint", locale), CHECK_IN_ORDER,
                        () -> UI.getCurrent().navigate(CheckInView.class)),
                new StartChoice("photo-day-walk-in", i18n.getTranslation("photoday.start.walk-in", locale),
                        i18n.getTranslation("photoday.start.walk-in-hint", locale), WALK_IN_ORDER,
                        () -> walkIn(today, locale)));
    }

    /** One photo day: a tap takes its number. Two or more here today: the resident first chooses which. */
    private void walkIn(List<SignupEvent> today, Locale locale) {
        if (today.size() == 1) {
            takeNumber(photoDays, today.getFirst(), locale);
        } else {
            UI.getCurrent().navigate(WalkInDayView.class);
        }
    }

    static void takeNumber(PhotoDays photoDays, SignupEvent event, Locale locale) {
        WalkInTaken taken = photoDays.takeWalkIn(event, locale);
        UI.getCurrent().navigate(WalkInView.class,
                new RouteParameters(WalkInView.WALK_IN_PARAMETER, String.valueOf(taken.number().id())));
    }
}
