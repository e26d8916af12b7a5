package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.audit.Actor;

import java.util.Set;

/**
 * Whose personal data a staff member may read, where that depends on more than the role: on the hub, the sign-ups
 * made at the sites of their areas (municipalities). Absent on a kiosk, where all sign-ups are the site's own.
 */
public interface PersonalDataScope {

    /** The sites whose sign-ups' names, phones and needs the actor may read. */
    Set<String> readableSites(Actor actor);
}
