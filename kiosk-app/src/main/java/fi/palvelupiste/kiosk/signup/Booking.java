package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

/**
 * A sign-up found by its code or by staff, with what is needed to show it.
 *
 * @param slot             null while on the waitlist
 * @param waitlistPosition 1 = next to get a place; 0 when not waiting
 * @param cancellable      whether it can still be cancelled (until the event's day)
 * @param movable          whether it can be moved to another slot (while the event takes sign-ups)
 * @param heldAt           the site whose kiosk made it, for a sign-up made elsewhere and found through the hub
 *                         (changed through the hub; its {@code signup().id()} is 0, as it has no row here); null
 *                         for one of this kiosk's own
 */
public record Booking(Signup signup, SignupEvent event, @Nullable Slot slot, int waitlistPosition, boolean cancellable,
                      boolean movable, @Nullable String heldAt) {

    /** Whether it was made at another site and lives at that site's kiosk. */
    public boolean elsewhere() {
        return heldAt != null;
    }
}
