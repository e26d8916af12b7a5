/** The hub's sites page (on the hub) and a kiosk's hub link page (on a kiosk). */
@NullMarked
package fi.palvelupiste.kiosk.hub.ui;

import org.jspecify.annotations.NullMarked;
