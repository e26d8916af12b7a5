package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.sync.PlaceRequests;
import org.springframework.stereotype.Service;

/**
 * Before a booking's transaction, the places of a hub event's slot that this kiosk does not hold are asked from the
 * hub ({@link PlaceRequests}).
 */
@Service
class HubPlaces {

    private final EventRepository events;
    private final PlaceRequests requests;

    HubPlaces(EventRepository events, PlaceRequests requests) {
        this.events = events;
        this.requests = requests;
    }

    /** Only a hub event's slot has places at the hub, so a kiosk's own events cost one read of the slot and no call. */
    void askFor(long slotId, int needed) {
        events.slot(slotId).ifPresent(slot -> requests.askFor(SlotPools.KIND, slot.publicId(), needed, slot.freeHere(),
                slot.hubFree(), true));
    }
}
