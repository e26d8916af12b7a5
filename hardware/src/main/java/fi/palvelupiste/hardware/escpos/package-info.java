/** ESC/POS commands and text encoding for thermal printers. */
@NullMarked
package fi.palvelupiste.hardware.escpos;

import org.jspecify.annotations.NullMarked;
