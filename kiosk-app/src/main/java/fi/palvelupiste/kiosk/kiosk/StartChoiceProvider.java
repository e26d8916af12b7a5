package fi.palvelupiste.kiosk.kiosk;

import java.util.List;
import java.util.Locale;

/**
 * Features put their entry points on the start screen through this, so the kiosk shell depends on no feature:
 * queues add one button per open service; sign-ups, rides and forms add theirs.
 */
public interface StartChoiceProvider {

    List<StartChoice> startChoices(Locale locale);
}
