package fi.palvelupiste.kiosk.signup;

import java.util.Optional;
import java.util.UUID;

/**
 * A kiosk asks its hub, while a resident waits, for more places in a slot of a hub event (escrow, DESIGN.md §8). The
 * hub link's side (a short timeout); absent on a kiosk without a hub.
 */
public interface PlacesFromHub {

    /** The site's grant after the hub gave {@code places} more, or empty: no answer in time, or no places left. */
    Optional<SlotGrant> ask(UUID slot, int places);
}
