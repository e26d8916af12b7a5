package fi.palvelupiste.kiosk.sync;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * On a kiosk linked to a hub: before a booking's transaction, places of a hub record that this kiosk does not hold are
 * asked from the hub while the resident waits ({@link PlacesFromHub}, a short timeout). Without an answer the booking
 * takes what the kiosk holds, or finds it full: a place the hub did not grant is never confirmed.
 */
@Service
public class PlaceRequests {

    /** The hub's side on a kiosk; looked up when asked (it takes its answers in through {@link Escrow}). */
    private final ObjectProvider<PlacesFromHub> hub;

    PlaceRequests(ObjectProvider<PlacesFromHub> hub) {
        this.hub = hub;
    }

    /**
     * When a pool has fewer than {@code needed} places here and the hub had some at the last contact, asks the hub for
     * the rest. A kiosk's own records have no places at the hub, so they cost no call.
     */
    public void askFor(String kind, UUID pool, int needed, int freeHere, int hubFree) {
        if (freeHere >= needed || hubFree <= 0) {
            return;
        }
        PlacesFromHub places = hub.getIfAvailable();
        if (places != null) {
            places.ask(kind, pool, Math.min(needed - freeHere, hubFree));
        }
    }
}
