package fi.palvelupiste.kiosk.photoday.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskView;
import fi.palvelupiste.kiosk.kiosk.ui.step.ChoiceStep;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.signup.SignupEvent;

import java.util.List;

/**
 * "Which photographer?" when two photo days are held here today (e.g. in two halls): each is a line of its own, so a
 * walk-in number belongs to one. A tap takes that day's number, as the start screen's button does with one day.
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "photo-day/which-day", layout = KioskLayout.class)
class WalkInDayView extends KioskView {

    private final PhotoDays photoDays;

    WalkInDayView(PhotoDays photoDays) {
        this.photoDays = photoDays;
        addClassName("photo-day-walk-in-day");
    }

    @Override
    protected String titleKey() {
        return "photoday.walk-in.title";
    }

    @Override
    protected void render() {
        heading.setText(getTranslation("photoday.walk-in.which-day"));
        List<SignupEvent> today = photoDays.today();
        ChoiceStep<SignupEvent> step = new ChoiceStep<SignupEvent>(ChoiceStep.LIST)
                .instruction("photoday.walk-in.which-day-hint");
        today.forEach(day -> step.choice("walk-in-day-" + day.id(), day.title().get(getLocale()), day.place(), true,
                day));
        step.addDoneListener(done -> PhotoDayStartChoices.takeNumber(photoDays, done.value(), getLocale()));
        step.addBackListener(back -> toStart());
        step.addCancelListener(cancel -> toStart());
        add(step);
    }
}
