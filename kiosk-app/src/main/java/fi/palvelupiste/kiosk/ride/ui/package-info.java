/** Booking a ride at the kiosk, and the coordinator's rides page and manifests. */
@NullMarked
package fi.palvelupiste.kiosk.ride.ui;

import org.jspecify.annotations.NullMarked;
