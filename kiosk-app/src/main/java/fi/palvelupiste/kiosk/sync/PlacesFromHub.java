package fi.palvelupiste.kiosk.sync;

import java.util.Optional;
import java.util.UUID;

/**
 * A kiosk asks its hub, while a resident waits, for more places of a pool (escrow, DESIGN.md §8). The hub link's side
 * (a short timeout); absent on a kiosk without a hub.
 */
public interface PlacesFromHub {

    /** The site's grant after the hub gave {@code places} more, or empty: no answer in time, or no places left. */
    Optional<Grant> ask(String kind, UUID pool, int places);
}
