package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.signup.SignupEvent;

import java.time.ZonedDateTime;

/**
 * A walk-in number just taken.
 *
 * @param before     people to be photographed before them, the one being photographed now included
 * @param comeBackAt roughly when to be back: the estimated call, rounded down to five minutes
 */
public record WalkInTaken(SignupEvent event, WalkInNumber number, int before, ZonedDateTime comeBackAt) {
}
