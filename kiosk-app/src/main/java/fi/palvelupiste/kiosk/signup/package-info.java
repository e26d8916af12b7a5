/**
 * Sign-ups without accounts for photo days, permit-office trips and other events with places: events and slots
 * authored by coordinators, booking with capacity enforced in the database, printed confirmations with a
 * reference code, changes by code, a waitlist that promotes automatically, audited lists for coordinators, and
 * deletion of personal data after the event. Settings: {@code kiosk.signup.*} ({@link SignupProperties}).
 */
@NullMarked
package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.NullMarked;
