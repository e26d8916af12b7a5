/** The staff shell: layout, menu and notices of every staff page. */
@NullMarked
package fi.palvelupiste.kiosk.staff.ui;

import org.jspecify.annotations.NullMarked;
