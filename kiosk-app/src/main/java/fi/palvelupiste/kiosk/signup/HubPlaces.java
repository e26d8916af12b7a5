package fi.palvelupiste.kiosk.signup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * On a kiosk linked to a hub: before a booking's transaction, places of a hub event's slot that this kiosk does not
 * hold are asked from the hub while the resident waits ({@link PlacesFromHub}, a short timeout). Without an answer
 * the booking takes what the kiosk holds, or finds the slot full: a place the hub did not grant is never confirmed.
 */
@Service
class HubPlaces {

    private final EventRepository events;
    /** The hub's side on a kiosk; looked up when asked (it takes its answers in through this feature). */
    private final ObjectProvider<PlacesFromHub> hub;

    HubPlaces(EventRepository events, ObjectProvider<PlacesFromHub> hub) {
        this.events = events;
        this.hub = hub;
    }

    /**
     * When a slot has fewer than {@code needed} places here and the hub had some, asks the hub for the rest. Only a
     * hub event's slot has places at the hub, so a kiosk's own events cost one read of the slot and no call.
     */
    void askFor(long slotId, int needed) {
        events.slot(slotId).filter(slot -> slot.freeHere() < needed && slot.hubFree() > 0).ifPresent(slot -> {
            PlacesFromHub places = hub.getIfAvailable();
            if (places != null) {
                places.ask(slot.publicId(), Math.min(needed - slot.freeHere(), slot.hubFree()));
            }
        });
    }
}
