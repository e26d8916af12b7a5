/** Signing up and changing a booking at the kiosk; the coordinator's events, lists and bookings. */
@NullMarked
package fi.palvelupiste.kiosk.signup.ui;

import org.jspecify.annotations.NullMarked;
