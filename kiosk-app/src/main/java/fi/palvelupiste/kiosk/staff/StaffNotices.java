package fi.palvelupiste.kiosk.staff;

import java.util.List;
import java.util.Locale;

/**
 * Something staff should know now, shown at the top of every staff page (for example: someone is guessing
 * reference codes at the kiosk). Features contribute notices as beans; the staff pages know no feature.
 */
public interface StaffNotices {

    /** The notices in force now, written in the given language; empty when all is well. */
    List<String> current(Locale locale);

    /**
     * Calls {@code changed} when a notice appears, on a thread of its own (never a request thread that holds another
     * screen's lock). Run the returned handle to stop.
     */
    Runnable subscribe(Runnable changed);
}
