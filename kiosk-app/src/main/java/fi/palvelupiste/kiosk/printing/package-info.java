/** The print queue: jobs saved before they are sent, one worker, outcomes the screens can trust. */
@NullMarked
package fi.palvelupiste.kiosk.printing;

import org.jspecify.annotations.NullMarked;
