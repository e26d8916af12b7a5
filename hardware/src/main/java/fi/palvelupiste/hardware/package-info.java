/**
 * Printer and device code of the Palvelupiste kiosk. Plain Java: nothing here knows Spring or Vaadin,
 * so it can be tested and reused on its own.
 */
package fi.palvelupiste.hardware;
