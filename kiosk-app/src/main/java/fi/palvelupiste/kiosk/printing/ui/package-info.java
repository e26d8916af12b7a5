/** The printer's page for staff. */
@NullMarked
package fi.palvelupiste.kiosk.printing.ui;

import org.jspecify.annotations.NullMarked;
