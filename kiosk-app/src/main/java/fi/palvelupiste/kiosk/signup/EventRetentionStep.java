package fi.palvelupiste.kiosk.signup;

import java.time.OffsetDateTime;

/**
 * A feature's part of an event's retention (rides, the photo day's walk-ins), implemented by features that depend on
 * sign-ups: run in the same transaction, after the sign-ups' counts are kept, before the event is marked done.
 */
public interface EventRetentionStep {

    /** Keeps the feature's counts of the event and deletes its personal data; returns how many records went. */
    int deleteOfEvent(long eventId, OffsetDateTime now);
}
