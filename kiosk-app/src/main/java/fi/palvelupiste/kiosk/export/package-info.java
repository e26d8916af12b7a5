/** Files that leave the kiosk for a staff member's PC: CSV that a spreadsheet opens as it is. */
@NullMarked
package fi.palvelupiste.kiosk.export;

import org.jspecify.annotations.NullMarked;
