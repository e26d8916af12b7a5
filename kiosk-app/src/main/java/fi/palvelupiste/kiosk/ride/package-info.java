/**
 * Rides from the villages: a route of ordered pickup stops with a vehicle, seats and wheelchair places, for an
 * event (photo day, permit trip) or on its own (asiointiliikenne). Residents book at the kiosk with the sign-up or
 * alone, under the sign-up's reference-code family; capacity is held in the database; boarding slips, the driver's
 * manifest per stop (thermal, A4, CSV, audited) and deletion with the event's personal data.
 */
@NullMarked
package fi.palvelupiste.kiosk.ride;

import org.jspecify.annotations.NullMarked;
