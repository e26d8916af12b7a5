package fi.palvelupiste.kiosk.signup;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The rides' part of the sign-ups' retention, implemented by the ride feature (which depends on sign-ups, not the
 * other way round).
 */
public interface SignupRideRetention {

    /** Deletes the ride bookings (and their slips and manifests) of an event; part of the event's retention. */
    int deleteOfEvent(long eventId, OffsetDateTime now);

    /** Deletes the bookings of rides on their own held on or before the day. */
    int deleteStandaloneOnOrBefore(LocalDate day, OffsetDateTime now);
}
