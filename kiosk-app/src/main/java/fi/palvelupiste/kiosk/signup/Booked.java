package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

/**
 * One person's sign-up as the resident sees it after a change: with its slot (null on the waitlist), waitlist
 * position (0 when not waiting) and the slip just queued for it.
 */
public record Booked(Signup signup, @Nullable Slot slot, int waitlistPosition, long printJobId) {
}
