/** The steps resident flows are made of, as components that fire events and know no services. */
@NullMarked
package fi.palvelupiste.kiosk.kiosk.ui.step;

import org.jspecify.annotations.NullMarked;
