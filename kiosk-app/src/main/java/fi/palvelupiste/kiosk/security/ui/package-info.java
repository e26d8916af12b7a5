/** The login page. */
@NullMarked
package fi.palvelupiste.kiosk.security.ui;

import org.jspecify.annotations.NullMarked;
