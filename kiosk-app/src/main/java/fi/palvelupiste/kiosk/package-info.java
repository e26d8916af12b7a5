/** The kiosk application: its start, settings and the features below. */
@NullMarked
package fi.palvelupiste.kiosk;

import org.jspecify.annotations.NullMarked;
