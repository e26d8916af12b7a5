/** Buttons and lamps on the Pi's GPIO pins, through Pi4J. */
@NullMarked
package fi.palvelupiste.hardware.gpio;

import org.jspecify.annotations.NullMarked;
