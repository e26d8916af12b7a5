/**
 * The kiosk shell: the start screen, the language switch and the inactivity reset that every resident screen
 * shares. Features plug their buttons into the start screen through {@link fi.palvelupiste.kiosk.kiosk.StartChoiceProvider}.
 */
@NullMarked
package fi.palvelupiste.kiosk.kiosk;

import org.jspecify.annotations.NullMarked;
