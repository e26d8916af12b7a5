package fi.palvelupiste.kiosk.signup;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The rides' part of the sign-ups' retention, implemented by the ride feature (which depends on sign-ups, not the
 * other way round).
 */
public interface SignupRideRetention extends EventRetentionStep {

    /** Deletes the bookings of rides on their own held on or before the day. */
    int deleteStandaloneOnOrBefore(LocalDate day, OffsetDateTime now);
}
