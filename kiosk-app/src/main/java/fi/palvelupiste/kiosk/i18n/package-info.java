/** The kiosk's languages and message bundles. */
@NullMarked
package fi.palvelupiste.kiosk.i18n;

import org.jspecify.annotations.NullMarked;
