package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.sync.Escrow;
import fi.palvelupiste.kiosk.sync.Returned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * On the hub: changes to sign-ups asked for away from the kiosk that made them (DESIGN.md §8). A resident may change a
 * booking of a hub event by its code at the kiosk of any site that offers the event. The sign-up stays the kiosk's
 * that made it: the hub changes its own copy at once (its lists show the change), keeps the change, and hands it
 * down to that kiosk at its next contact, which takes it as its own change and sends the new state up. A move takes
 * its new place from the hub's pool and grants it to that kiosk, so no time is ever over its capacity.
 */
@HubOnly
@Service
public class ChangesAtOtherSites {

    /** Where a coordinator's change on the hub was asked. */
    public static final String ASKED_ON_HUB = "hub";

    private final SignupRepository signups;
    private final EventRepository events;
    private final SharingRepository sharing;
    private final ChangeRequestRepository requests;
    private final SignupSync sync;
    private final SiteChoices sites;
    private final Escrow escrow;
    private final AuditLog audit;
    private final Clock clock;

    ChangesAtOtherSites(SignupRepository signups, EventRepository events, SharingRepository sharing,
                        ChangeRequestRepository requests, SignupSync sync, SiteChoices sites, Escrow escrow,
                        AuditLog audit, Clock clock) {
        this.signups = signups;
        this.events = events;
        this.sharing = sharing;
        this.requests = requests;
        this.sync = sync;
        this.sites = sites;
        this.escrow = escrow;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The sign-up with this code whose surname starts so, made at another site for an event not yet over; empty when
     * there is none. One for an event offered at {@code site} comes first: only those can be changed there (the
     * asking kiosk tells the resident where to go for the others). The asking kiosk counts wrong tries as for its own.
     */
    @Transactional(readOnly = true)
    public Optional<HeldElsewhere> find(String site, String typedCode, String surnameStart) {
        String code = ReferenceCode.normalize(typedCode);
        if (!ReferenceCode.isWellFormed(code)) {
            return Optional.empty();
        }
        return signups.allWithCode(code).stream()
                .filter(signup -> !signup.siteId().equals(site))
                .filter(signup -> ReferenceCodes.surnameMatches(signup.lastName(), surnameStart))
                .filter(signup -> events.find(signup.eventId()).filter(this::notOver).isPresent())
                .sorted(java.util.Comparator.comparing(signup -> !sharing.offered(signup.eventId(), site)))
                .findFirst().map(this::held);
    }

    /**
     * Makes a change asked for at {@code askedAt} (a site's id, or {@link #ASKED_ON_HUB}); the same change sent again
     * (a lost answer) changes nothing more and answers the same.
     *
     * @param typedCode the reference code the resident typed: the right to change the sign-up
     * @param given     what the asking kiosk has given back, all time, of the pools it gave a place of its own from
     * @throws SlotFullException        a move to a time the hub's pool has no place in
     * @throws NotChangeableException   cancelled or moved meanwhile, or the event is over or closed for moves
     * @throws IllegalArgumentException no such sign-up with that code at a site offering its event to the asker
     */
    @Transactional
    public HeldElsewhere change(String askedAt, ChangeRequest request, String typedCode, List<Returned> given,
                                Actor actor) {
        Signup signup = signups.findByPublicId(request.signup())
                .filter(found -> found.referenceCode().equals(ReferenceCode.normalize(typedCode)))
                .filter(found -> ASKED_ON_HUB.equals(askedAt)
                        || (!found.siteId().equals(askedAt) && sharing.offered(found.eventId(), askedAt)))
                .orElseThrow(() -> new IllegalArgumentException("no such sign-up for " + askedAt));
        if (requests.exists(request.id())) {
            return held(signups.find(signup.id()).orElseThrow());
        }
        // the asking kiosk gave a place of its own for a move: it goes into the pool first, as with any sync
        if (!given.isEmpty()) {
            escrow.returned(askedAt, given);
        }
        SignupEvent event = events.find(signup.eventId()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (!notOver(event)) {
            throw new NotChangeableException(signup.referenceCode());
        }
        Long slotId = null;
        if (request.action() == ChangeRequest.Action.CANCEL) {
            if (!signups.cancel(signup.id(), now)) {
                throw new NotChangeableException(signup.referenceCode());
            }
        } else {
            Slot target = events.slotByPublicId(request.slot()).filter(slot -> slot.eventId() == event.id())
                    .orElseThrow(() -> new IllegalArgumentException("not a time of the event"));
            if (signup.status() != SignupStatus.CONFIRMED || !event.openAt(clock.instant())
                    || target.id() == signup.slotId()) {
                throw new NotChangeableException(signup.referenceCode());
            }
            if (escrow.ask(signup.siteId(), SlotPools.KIND, target.publicId(), 1).isEmpty()) {
                throw new SlotFullException(target.id());
            }
            if (!signups.moveTo(signup.id(), target.id(), now)) {
                throw new NotChangeableException(signup.referenceCode());
            }
            slotId = target.id();
        }
        requests.insert(request, signup.id(), signup.siteId(), askedAt, slotId, now);
        audit.record(actor, (request.action() == ChangeRequest.Action.CANCEL ? "cancelled" : "moved")
                + " sign-up " + signup.referenceCode() + " of site " + signup.siteId() + ", asked at " + askedAt);
        return held(signups.find(signup.id()).orElseThrow());
    }

    /** The changes the site's kiosk has still to take, handed down with every answer until it has. */
    @Transactional(readOnly = true)
    public List<ChangeRequest> waitingFor(String site) {
        return requests.waitingFor(site);
    }

    /** The site's kiosk has taken these changes. */
    @Transactional
    public void taken(String site, Collection<java.util.UUID> requestIds) {
        requests.taken(site, requestIds, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private boolean notOver(SignupEvent event) {
        return event.personalDataDeletedAt() == null && !LocalDate.now(clock).isAfter(event.date());
    }

    private HeldElsewhere held(Signup signup) {
        long version = signups.copyVersion(signup.publicId()).map(java.util.Map.Entry::getValue).orElse(0L);
        String siteName = sites.siteChoices().stream().filter(site -> site.id().equals(signup.siteId()))
                .map(SiteChoices.SiteChoice::name).findFirst().orElse(signup.siteId());
        int position = signup.status() == SignupStatus.WAITLISTED ? signups.waitlistPositionAtSite(signup) : 0;
        String phone = events.find(signup.eventId()).map(SignupEvent::organiserPhone).orElse("");
        return new HeldElsewhere(sync.record(signup, version), siteName, position, phone == null ? "" : phone);
    }
}
