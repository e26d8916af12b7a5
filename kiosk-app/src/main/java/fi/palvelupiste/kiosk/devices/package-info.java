/** Physical buttons and lamps wired to the queue. */
@NullMarked
package fi.palvelupiste.kiosk.devices;

import org.jspecify.annotations.NullMarked;
