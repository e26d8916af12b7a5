/**
 * Printer and device code of the Palvelupiste kiosk. Plain Java: nothing here knows Spring or Vaadin,
 * so it can be tested and reused on its own.
 */
@NullMarked
package fi.palvelupiste.hardware;

import org.jspecify.annotations.NullMarked;
