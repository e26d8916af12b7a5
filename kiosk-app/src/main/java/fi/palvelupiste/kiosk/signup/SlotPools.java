package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.sync.Pools;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * The places of hub events' slots, held by sites in escrow ({@link fi.palvelupiste.kiosk.sync.Escrow}): a slot's
 * {@code booked} on the hub counts the places granted to sites; on a kiosk a hub slot's capacity is what the hub granted
 * minus what the kiosk gave back. Places that arrive go to the event's waitlist first.
 */
@Component
class SlotPools implements Pools {

    static final String KIND = "SLOT";

    private final EventRepository events;
    private final SharingRepository sharing;
    private final SignupChanges changes;
    private final Clock clock;

    SlotPools(EventRepository events, SharingRepository sharing, SignupChanges changes, Clock clock) {
        this.events = events;
        this.sharing = sharing;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<AtSite> openAt(String siteId) {
        List<AtSite> open = new ArrayList<>();
        for (long eventId : sharing.openEventsOf(siteId, now())) {
            boolean waiting = sharing.signupsBy(eventId, siteId, SignupStatus.WAITLISTED) > 0;
            for (Slot slot : events.slots(eventId)) {
                open.add(new AtSite(slot.publicId(), sharing.confirmedBy(slot.id(), siteId), waiting));
            }
        }
        return open;
    }

    @Override
    public boolean offeredAt(UUID pool, String siteId) {
        return slot(pool).filter(slot -> sharing.offered(slot.eventId(), siteId)).isPresent();
    }

    @Override
    public boolean reserve(UUID pool, int places) {
        return slot(pool).filter(slot -> events.reserve(slot.id(), places, now())).isPresent();
    }

    @Override
    public void release(UUID pool, int places) {
        events.release(slot(pool).orElseThrow().id(), places, now());
    }

    @Override
    public OptionalInt free(UUID pool) {
        return slot(pool).map(slot -> OptionalInt.of(slot.freeHere())).orElse(OptionalInt.empty());
    }

    @Override
    public boolean take(UUID pool, int granted, int hubFree) {
        if (slot(pool).isEmpty()) {
            return false;
        }
        events.takeGrant(pool, granted, hubFree, now());
        return true;
    }

    @Override
    public void grew(Set<UUID> pools) {
        OffsetDateTime now = now();
        pools.stream().map(this::slot).flatMap(Optional::stream).map(Slot::eventId).distinct()
                .forEach(eventId -> changes.promoteWaiting(eventId, now));
    }

    @Override
    public int returnSpare(UUID pool) {
        return slot(pool).map(slot -> events.returnSpare(slot.id(), now())).orElse(0);
    }

    @Override
    public Map<UUID, Integer> returnedHere() {
        return events.returnedPlaces();
    }

    private Optional<Slot> slot(UUID pool) {
        return events.slotByPublicId(pool);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
