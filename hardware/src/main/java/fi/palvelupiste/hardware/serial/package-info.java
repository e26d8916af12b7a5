/** The serial line to a thermal printer, through jSerialComm. */
@NullMarked
package fi.palvelupiste.hardware.serial;

import org.jspecify.annotations.NullMarked;
