/** The photo day's screens: check-in and walk-in numbers at the kiosk, the photographer's page, the display's part. */
@NullMarked
package fi.palvelupiste.kiosk.photoday.ui;

import org.jspecify.annotations.NullMarked;
