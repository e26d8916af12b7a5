package fi.palvelupiste.kiosk.signup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Places of a hub event across kiosks, never more than its capacity: escrow (DESIGN.md §8; O'Neil 1986, bounded
 * counters). On the hub a slot's {@code booked} counts the places granted to sites and not given back, so the slot's
 * CHECK (booked ≤ capacity) is the pool. On a kiosk a hub slot's capacity is what the hub granted it minus what it gave
 * back, so the same CHECK refuses any place the hub did not grant, offline or not. The hub grants on its own accord
 * (each contact tops a site up to a standing spare) and when a kiosk asks; it never takes places back: a kiosk returns
 * its spare ones when the hub tells it the pool is empty and another site asked for places in vain. Both counts only grow, so an answer or report arriving twice
 * or late changes nothing. No clock is involved.
 */
@Service
public class PlaceGrants {

    private final EventRepository events;
    private final SharingRepository sharing;
    private final SignupChanges changes;
    private final Clock clock;

    PlaceGrants(EventRepository events, SharingRepository sharing, SignupChanges changes, Clock clock) {
        this.events = events;
        this.sharing = sharing;
        this.changes = changes;
        this.clock = clock;
    }

    // ---- the hub

    /**
     * The site's grants for every slot of the open events it offers, each first topped up (as far as the pool has
     * places) so that the site holds {@code standing} places it has not booked: what an offline kiosk can still
     * confirm. When the pool is empty and the site's residents are on the waitlist, the other sites are asked to give
     * their spare places back; the next contact tops the site up with them and its kiosk gives them to its waitlist.
     */
    @Transactional
    public List<SlotGrant> grantsFor(String siteId, int standing) {
        List<SlotGrant> grants = new ArrayList<>();
        for (long eventId : sharing.openEventsOf(siteId, now())) {
            boolean waiting = sharing.signupsBy(eventId, siteId, SignupStatus.WAITLISTED) > 0;
            for (Slot slot : events.slots(eventId)) {
                SharingRepository.Grant grant = sharing.grantForUpdate(slot.id(), siteId);
                int spare = grant.held() - sharing.confirmedBy(slot.id(), siteId);
                int missing = standing - spare;
                // a site with nobody waiting leaves the pool to sites whose residents wait
                int given = !waiting && sharing.othersWant(slot.id(), siteId) ? 0 : Math.min(missing, slot.freeHere());
                if (given > 0 && events.reserve(slot.id(), given, now())) {
                    sharing.grantMore(slot.id(), siteId, given);
                } else if (missing > 0 && waiting) {
                    // residents wait here while the pool is empty: other sites are asked for their spare places
                    sharing.wanted(slot.id(), siteId, missing);
                }
                grants.add(answer(slot.id(), siteId));
            }
        }
        return grants;
    }

    /**
     * A kiosk asks for {@code places} more in a slot, for a resident at its screen. Granted whole or not at all.
     *
     * @return the site's grant after it, or empty when the slot is not the site's or the pool has not so many
     */
    @Transactional
    public Optional<SlotGrant> ask(String siteId, UUID slotPublicId, int places) {
        Optional<Slot> found = events.slotByPublicId(slotPublicId)
                .filter(slot -> sharing.offered(slot.eventId(), siteId));
        if (found.isEmpty() || places < 1 || places > 2) {
            return Optional.empty();
        }
        Slot slot = found.get();
        sharing.grantForUpdate(slot.id(), siteId);
        if (!events.reserve(slot.id(), places, now())) {
            sharing.wanted(slot.id(), siteId, places);
            return Optional.empty();
        }
        sharing.grantMore(slot.id(), siteId, places);
        return Optional.of(answer(slot.id(), siteId));
    }

    /**
     * A kiosk's report of the places it has given back, per slot, all time: the hub puts the difference back in the
     * pool. A count below what the hub has is old news; one above what was granted is refused.
     *
     * @throws IllegalArgumentException a slot that is not the site's, or more returned than granted (nothing changes)
     */
    @Transactional
    public void returned(String siteId, Map<UUID, Integer> returned) {
        for (Map.Entry<UUID, Integer> report : returned.entrySet()) {
            Slot slot = events.slotByPublicId(report.getKey())
                    .filter(s -> sharing.offered(s.eventId(), siteId) || sharing.find(s.id(), siteId, false).isPresent())
                    .orElseThrow(() -> new IllegalArgumentException("not a slot of this site"));
            SharingRepository.Grant grant = sharing.grantForUpdate(slot.id(), siteId);
            int total = report.getValue() == null ? 0 : report.getValue();
            if (total > grant.granted()) {
                throw new IllegalArgumentException("more places returned than granted");
            }
            if (total > grant.returned()) {
                sharing.returned(slot.id(), siteId, total);
                events.release(slot.id(), total - grant.returned(), now());
            }
        }
    }

    private SlotGrant answer(long slotId, String siteId) {
        Slot slot = events.slot(slotId).orElseThrow();
        SharingRepository.Grant grant = sharing.find(slotId, siteId, false).orElseThrow();
        return new SlotGrant(slot.publicId(), grant.granted(), slot.freeHere(),
                slot.freeHere() == 0 && sharing.othersWant(slotId, siteId));
    }

    // ---- a kiosk

    /**
     * Takes in the hub's grants: more places here, which go first to this kiosk's waitlist; when the hub's pool is
     * empty, the places held and not booked go back (reported with the next sync).
     */
    @Transactional
    public void take(List<SlotGrant> grants) {
        OffsetDateTime now = now();
        Set<Long> grown = new HashSet<>();
        for (SlotGrant grant : grants) {
            events.slotByPublicId(grant.slot()).ifPresent(slot -> {
                events.takeGrant(grant.slot(), grant.granted(), grant.hubFree(), now);
                grown.add(slot.eventId());
            });
        }
        grown.forEach(eventId -> changes.promoteWaiting(eventId, now));
        for (SlotGrant grant : grants) {
            if (grant.returnSpare()) {
                events.slotByPublicId(grant.slot()).ifPresent(slot -> events.returnSpare(slot.id(), now));
            }
        }
    }

    /** What this kiosk has given back, per hub slot, all time: sent with every sync. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> returnedHere() {
        return events.returnedPlaces();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
