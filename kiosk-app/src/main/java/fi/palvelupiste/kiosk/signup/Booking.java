package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

/**
 * A sign-up found by its code or by staff, with what is needed to show it.
 *
 * @param slot             null while on the waitlist
 * @param waitlistPosition 1 = next to get a place; 0 when not waiting
 * @param cancellable      whether it can still be cancelled (until the event's day)
 * @param movable          whether it can be moved to another slot (while the event takes sign-ups)
 */
public record Booking(Signup signup, SignupEvent event, @Nullable Slot slot, int waitlistPosition, boolean cancellable,
                      boolean movable) {
}
