package fi.palvelupiste.kiosk.ride.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.kiosk.kiosk.StartChoice;
import fi.palvelupiste.kiosk.kiosk.StartChoiceProvider;
import fi.palvelupiste.kiosk.ride.RideBookings;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** "Kyyti / Skjuts / Book a ride" on the start screen, while a ride on its own can be booked. */
@Component
class RideStartChoices implements StartChoiceProvider {

    /** After sign-ups (100–101), before forms (120): the sixth and last choice the start screen has room for. */
    static final int ORDER = 110;

    private final RideBookings rides;
    private final I18NProvider i18n;

    RideStartChoices(RideBookings rides, I18NProvider i18n) {
        this.rides = rides;
        this.i18n = i18n;
    }

    @Override
    public List<StartChoice> startChoices(Locale locale) {
        if (rides.bookableStandalone().isEmpty()) {
            return List.of();
        }
        return List.of(new StartChoice("ride", i18n.getTranslation("ride.start.label", locale),
                i18n.getTranslation("ride.start.hint", locale), ORDER,
                () -> UI.getCurrent().navigate(RideView.class)));
    }
}
