/** Slips as printer-independent documents: lines, sizes, codes. */
@NullMarked
package fi.palvelupiste.hardware.receipt;

import org.jspecify.annotations.NullMarked;
