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
     * When a pool has fewer than {@code needed} places here, asks the hub for the rest. A pool with a waitlist is asked
     * only when the hub had places at the last contact: its waiting residents tell the hub that this site wants more.
     * A pool without one (a ride's seats) is asked all the same, since an ask in vain is how the hub learns it and
     * has other sites give their spare places back. A kiosk's own records have no places at the hub, so they cost no
     * call.
     *
     * @param waitlisted whether residents who find the pool full can wait for a place here
     */
    public void askFor(String kind, UUID pool, int needed, int freeHere, int hubFree, boolean waitlisted) {
        if (freeHere >= needed || waitlisted && hubFree <= 0) {
            return;
        }
        PlacesFromHub places = hub.getIfAvailable();
        if (places != null) {
            places.ask(kind, pool, waitlisted ? Math.min(needed - freeHere, hubFree) : needed - freeHere);
        }
    }
}
