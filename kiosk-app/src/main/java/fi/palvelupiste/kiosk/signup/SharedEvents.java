package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Events the hub shares with its sites (DESIGN.md §8). On the hub: which sites offer an event, and the copy of an
 * event a site's kiosk gets. On a kiosk: applying copies, all in one transaction; the copies are read-only here.
 * The places are not in the copies: they are each site's grants ({@link SlotPools}).
 */
@Service
public class SharedEvents {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SharedEvents.class);

    private final EventRepository events;
    private final SharingRepository sharing;
    private final SignupRepository signups;
    private final AuditLog audit;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    SharedEvents(EventRepository events, SharingRepository sharing, SignupRepository signups, AuditLog audit,
                 ApplicationEventPublisher published, Clock clock) {
        this.events = events;
        this.sharing = sharing;
        this.signups = signups;
        this.audit = audit;
        this.published = published;
        this.clock = clock;
    }

    // ---- the hub

    /** The sites whose kiosks offer the event. */
    @Transactional(readOnly = true)
    public Set<String> sitesOf(long eventId) {
        return new TreeSet<>(sharing.sitesOf(eventId));
    }

    /**
     * The sites that offer the event from now on. A site whose residents have signed up stays. A withdrawn site's
     * kiosk closes the event's sign-up and gives back the places it holds.
     *
     * @throws PlanningException {@code events.error.site-takes-part} (nothing changes)
     */
    @Transactional
    public void offerAt(long eventId, Collection<String> siteIds, Actor actor) {
        SignupEvent event = events.find(eventId).orElseThrow(() -> new PlanningException("events.error.not-found"));
        Set<String> before = sitesOf(eventId);
        Set<String> after = new TreeSet<>(siteIds);
        for (String site : before) {
            if (!after.contains(site)) {
                if (sharing.signupsBy(eventId, site, null) > 0) {
                    throw new PlanningException("events.error.site-takes-part");
                }
                sharing.withdraw(eventId, site);
            }
        }
        after.stream().filter(site -> !before.contains(site)).forEach(site -> sharing.offer(eventId, site));
        if (!before.equals(after)) {
            audit.record(actor, "offered event " + eventId + " at sites " + String.join(", ", after));
            published.publishEvent(new SharedEventChanged(event.publicId()));
        }
    }

    /** The events offered at a site whose sign-up has not closed: their rides are open there too. */
    @Transactional(readOnly = true)
    public List<Long> openEventsAt(String siteId) {
        return sharing.openEventsOf(siteId, now());
    }

    /** The event's id on this node, by its public id. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(UUID eventPublicId) {
        return events.findByPublicId(eventPublicId).map(SignupEvent::id);
    }

    /** Whether the event is offered at the site. */
    @Transactional(readOnly = true)
    public boolean offered(long eventId, String siteId) {
        return sharing.offered(eventId, siteId);
    }

    /** The event as the site's kiosks get it; empty when it is not (or no longer) offered there. */
    @Transactional(readOnly = true)
    public Optional<EventCopy> copyFor(UUID eventPublicId, String siteId) {
        return events.findByPublicId(eventPublicId)
                .filter(event -> sharing.offered(event.id(), siteId))
                .map(event -> EventCopy.of(event, event.linkedEventId() == null ? null
                                : events.find(event.linkedEventId()).map(SignupEvent::publicId).orElse(null),
                        events.slots(event.id())));
    }

    // ---- a kiosk

    /**
     * Applies copies from the hub and the events it no longer offers here, in one transaction: all or nothing. A new
     * slot starts with no places (they come with the grants); a slot the hub removed goes when no one is booked in it.
     * A withdrawn event's sign-up closes and its unbooked places go back to the hub; what was booked stays.
     */
    @Transactional
    public void apply(List<EventCopy> copies, Collection<UUID> withdrawn) {
        OffsetDateTime now = now();
        Map<UUID, Long> ids = new HashMap<>();
        List<EventCopy> taken = new java.util.ArrayList<>();
        for (EventCopy copy : copies) {
            store(copy, now).ifPresent(id -> {
                ids.put(copy.publicId(), id);
                taken.add(copy);
            });
        }
        for (EventCopy copy : taken) {
            Long linked = copy.linkedEvent() == null ? null : ids.computeIfAbsent(copy.linkedEvent(),
                    other -> events.findByPublicId(other).map(SignupEvent::id).orElse(null));
            long id = ids.get(copy.publicId());
            events.link(id, linked);
        }
        for (UUID gone : withdrawn) {
            events.findByPublicId(gone).filter(SignupEvent::fromHub).ifPresent(event -> {
                events.closeSignup(event.id(), now);
                events.slots(event.id()).forEach(slot -> events.returnSpare(slot.id(), now));
            });
        }
    }

    /**
     * @return the event's id here, or empty when this kiosk has an event of its own under the same public id that
     * residents have signed up for (the migrations' seed examples are on every node): that one stays the kiosk's
     */
    private Optional<Long> store(EventCopy copy, OffsetDateTime now) {
        Optional<SignupEvent> existing = events.findByPublicId(copy.publicId());
        if (existing.isPresent() && !existing.get().fromHub()) {
            if (!adopt(existing.get())) {
                log.warn("The hub's event {} has the public id of this kiosk's own event {}, which has sign-ups: "
                        + "it stays this kiosk's, and the hub's copy is not taken", copy.publicId(), existing.get().id());
                return Optional.empty();
            }
            existing = events.find(existing.get().id());
        }
        Long linked = existing.map(SignupEvent::linkedEventId).orElse(null);
        long id;
        if (existing.isEmpty()) {
            id = events.insert(copy.publicId(), copy.siteId(), copy.draft(clock.getZone(), null), copy.signupOpensAt(),
                    copy.signupClosesAt(), now);
            events.markFromHub(id);
        } else {
            id = existing.get().id();
            events.update(id, copy.draft(clock.getZone(), linked), copy.signupOpensAt(), copy.signupClosesAt(), now);
        }
        Set<UUID> kept = new java.util.HashSet<>();
        for (EventCopy.SlotCopy slot : copy.slots()) {
            kept.add(slot.publicId());
            Optional<Slot> here = events.slotByPublicId(slot.publicId());
            if (here.isEmpty()) {
                events.insertSlot(slot.publicId(), id, copy.siteId(), slot.startsAt(), slot.endsAt(), 0, now);
            } else if (here.get().eventId() != id) {
                throw new IllegalArgumentException("slot " + slot.publicId() + " is another event's here");
            } else {
                events.moveSlot(here.get().id(), slot.startsAt(), slot.endsAt(), now);
            }
        }
        for (Slot slot : events.slots(id)) {
            if (!kept.contains(slot.publicId()) && slot.booked() == 0 && !signups.anyInSlot(slot.id())) {
                signups.detachCancelledFromSlot(slot.id());
                events.deleteEmptySlot(slot.id());
            }
        }
        return Optional.of(id);
    }

    /**
     * A kiosk's own event with a hub event's public id and nobody signed up becomes the hub's copy: its slots keep no
     * places of their own, only what the hub grants.
     */
    private boolean adopt(SignupEvent own) {
        if (signups.anyOfEvent(own.id())) {
            return false;
        }
        events.markFromHub(own.id());
        events.slots(own.id()).forEach(slot -> events.holdNothing(slot.id()));
        return true;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
