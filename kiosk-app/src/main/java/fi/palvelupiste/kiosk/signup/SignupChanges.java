package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.sync.Returned;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes to sign-ups after they are made, by the resident (with the reference code) or by staff: cancel, move to
 * another time, cancel the ride booked with it; the waitlist that fills every freed place; staff's search.
 */
@Service
public class SignupChanges {

    private final EventRepository events;
    private final SignupRepository signups;
    private final SignupSlipPrinter slips;
    private final AuditLog audit;
    private final Clock clock;
    /** The ride feature, when present; looked up lazily because it depends on the sign-ups. */
    private final ObjectProvider<SignupRides> rides;
    private final HubPlaces hubPlaces;
    /** The hub, on a kiosk that is linked to one: for sign-ups made at other sites' kiosks. */
    private final ObjectProvider<HubBookings> hubBookings;
    /** On the hub: every sign-up is a kiosk's, so a coordinator's change goes to that kiosk as a change asked here. */
    private final ObjectProvider<ChangesAtOtherSites> onHub;
    /** On the hub: whose sign-ups a coordinator may find (their areas' sites). */
    private final ObjectProvider<PersonalDataScope> scope;
    private final ChangeRequestRepository hubChanges;
    private final Outbox outbox;
    private final TransactionTemplate transaction;

    SignupChanges(EventRepository events, SignupRepository signups, SignupSlipPrinter slips, AuditLog audit, Clock clock,
                  ObjectProvider<SignupRides> rides, HubPlaces hubPlaces, ObjectProvider<HubBookings> hubBookings,
                  ChangeRequestRepository hubChanges, Outbox outbox, ObjectProvider<ChangesAtOtherSites> onHub,
                  ObjectProvider<PersonalDataScope> scope, PlatformTransactionManager transactions) {
        this.onHub = onHub;
        this.scope = scope;
        this.hubPlaces = hubPlaces;
        this.hubBookings = hubBookings;
        this.hubChanges = hubChanges;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.signups = signups;
        this.slips = slips;
        this.audit = audit;
        this.clock = clock;
        this.rides = rides;
    }

    public Optional<Booking> booking(long signupId) {
        return signups.find(signupId).map(this::booking);
    }

    /** The ride booked under a reference code, if any. */
    public Optional<RideTicket> ride(String referenceCode, Locale locale) {
        SignupRides offered = rides.getIfAvailable();
        return offered == null ? Optional.empty() : offered.find(referenceCode, locale);
    }

    /** Cancels only the ride booked under a code; the sign-up stays. A slip confirms it. */
    @Transactional
    public RideTicket cancelRide(String referenceCode, Actor actor, Locale locale) {
        return rides.getObject().cancel(referenceCode, actor, true, locale);
    }

    /** The stops the ride booked under a code can change to (its own places counted free); none when it cannot. */
    public List<RideStopChoice> rideChoices(String referenceCode, Locale locale) {
        SignupRides offered = rides.getIfAvailable();
        return offered == null ? List.of() : offered.changeChoices(referenceCode, locale);
    }

    /**
     * Changes only the ride booked under a code (stop, seats, wheelchair place); the sign-up stays. A slip confirms it.
     *
     * @throws RideFullException no room for the change: nothing changed
     */
    public RideTicket changeRide(String referenceCode, RideRequest request, Actor actor, Locale locale) {
        return rides.getObject().change(referenceCode, request, actor, locale);
    }

    /**
     * Staff's search by reference code or a part of the name; on the hub, among the sign-ups of the coordinator's
     * areas only. Audited: it shows personal data.
     */
    public List<Booking> search(String query, Actor actor) {
        String text = query == null ? "" : query.strip();
        String code = ReferenceCode.normalize(text);
        List<Signup> found = text.length() < 2 ? List.of()
                : signups.search(code, ReferenceCode.isWellFormed(code) ? "" : text);
        PersonalDataScope areas = scope.getIfAvailable();
        if (areas != null) {
            java.util.Set<String> readable = areas.readableSites(actor);
            found = found.stream().filter(signup -> readable.contains(signup.siteId())).toList();
        }
        audit.record(actor, "searched sign-ups by " + (ReferenceCode.isWellFormed(code) ? "reference code" : "name")
                + " (" + found.size() + " found)");
        return found.stream().map(this::booking).toList();
    }

    /**
     * Cancels a sign-up and gives its place to the first on the waitlist. A slip confirms the cancellation.
     *
     * @param actor the kiosk for the resident, or the staff member (audited)
     */
    @Transactional
    public Booked cancel(long signupId, Actor actor, Locale locale) {
        Booking booking = booking(signupId).filter(Booking::cancellable)
                .orElseThrow(() -> new NotChangeableException(String.valueOf(signupId)));
        if (onHub.getIfAvailable() != null) {
            return changedOnHub(booking, ChangeRequest.Action.CANCEL, null, actor);
        }
        if (!cancelHere(booking.signup(), actor, now(), locale)) {
            throw new NotChangeableException(booking.signup().referenceCode());
        }
        return slips.printed(SignupSlip.Purpose.CANCEL, booking.event(),
                signups.find(booking.signup().id()).orElseThrow(), locale);
    }

    /**
     * The resident's cancellation of a booking found by its code: here, or through the hub for one made at another
     * site (that site's kiosk takes the change at its next contact). A slip confirms it.
     *
     * @throws HubUnreachableException one made elsewhere, and the hub did not answer: nothing changed
     */
    public Booked cancel(Booking booking, Actor actor, Locale locale) {
        if (!booking.elsewhere()) {
            return transaction.execute(status -> cancel(booking.signup().id(), actor, locale));
        }
        if (!booking.cancellable()) {
            throw new NotChangeableException(booking.signup().referenceCode());
        }
        return changedElsewhere(booking, new ChangeRequest(UUID.randomUUID(), booking.signup().publicId(),
                ChangeRequest.Action.CANCEL, null), List.of(), SignupSlip.Purpose.CANCEL, actor, locale);
    }

    /** Cancels in the caller's transaction; the place goes to the waitlist, the ride booked with it goes too. */
    private boolean cancelHere(Signup signup, Actor actor, OffsetDateTime now, Locale locale) {
        if (!signups.cancel(signup.id(), now)) {
            return false;
        }
        if (signup.status() == SignupStatus.CONFIRMED) {
            events.release(signup.slotId(), 1, now);
            promoteWaiting(signup.eventId(), now);
        }
        // the ride booked with the sign-up goes with it; the sign-up's cancellation slip is the resident's paper
        ride(signup.referenceCode(), locale).filter(RideTicket::cancellable)
                .ifPresent(ride -> rides.getObject().cancel(signup.referenceCode(), actor, false, locale));
        audit.record(actor, "cancelled sign-up " + signup.referenceCode());
        return true;
    }

    /**
     * Moves a confirmed sign-up to another slot of the same event; the old place goes to the waitlist. For an event
     * from the hub, a place the kiosk does not hold is asked from the hub first ({@link HubPlaces}).
     *
     * @throws SlotFullException the new slot filled up meanwhile
     */
    public Booked move(long signupId, long newSlotId, Actor actor, Locale locale) {
        if (onHub.getIfAvailable() != null) {
            Booking booking = booking(signupId).filter(Booking::movable)
                    .orElseThrow(() -> new NotChangeableException(String.valueOf(signupId)));
            return changedOnHub(booking, ChangeRequest.Action.MOVE,
                    events.slot(newSlotId).orElseThrow(() -> new IllegalArgumentException("no slot " + newSlotId)), actor);
        }
        hubPlaces.askFor(newSlotId, 1);
        return transaction.execute(status -> {
            Booking booking = booking(signupId).filter(Booking::movable)
                    .orElseThrow(() -> new NotChangeableException(String.valueOf(signupId)));
            Slot target = events.slot(newSlotId).orElseThrow(() -> new IllegalArgumentException("no slot " + newSlotId));
            moveHere(booking.signup(), target, actor, now());
            return slips.printed(SignupSlip.Purpose.CHANGE, booking.event(),
                    signups.find(booking.signup().id()).orElseThrow(), locale);
        });
    }

    /**
     * The resident's move of a booking found by its code to another time: here, or through the hub for one made at
     * another site. The new place of one made elsewhere is granted by the hub to the kiosk that made it: from the hub's
     * pool, or, when the pool has none, one of this kiosk's own places of that time, given back to the hub first.
     *
     * @throws SlotFullException       the new time has no place for it any more
     * @throws HubUnreachableException one made elsewhere, and the hub did not answer: nothing changed
     */
    public Booked move(Booking booking, Slot newSlot, Actor actor, Locale locale) {
        if (!booking.elsewhere()) {
            return move(booking.signup().id(), newSlot.id(), actor, locale);
        }
        if (!booking.movable()) {
            throw new NotChangeableException(booking.signup().referenceCode());
        }
        List<Returned> given = List.of();
        if (newSlot.hubFree() <= 0 && Boolean.TRUE.equals(transaction.execute(status ->
                events.giveBack(newSlot.id(), 1, now())))) {
            given = List.of(new Returned(SlotPools.KIND, newSlot.publicId(),
                    events.returnedPlaces().getOrDefault(newSlot.publicId(), 0)));
        }
        return changedElsewhere(booking, new ChangeRequest(UUID.randomUUID(), booking.signup().publicId(),
                ChangeRequest.Action.MOVE, newSlot.publicId()), given, SignupSlip.Purpose.CHANGE, actor, locale);
    }

    /** Moves in the caller's transaction; the old place goes to the waitlist. */
    private void moveHere(Signup signup, Slot target, Actor actor, OffsetDateTime now) {
        if (target.eventId() != signup.eventId()) {
            throw new IllegalArgumentException("slot " + target.id() + " is not in this event");
        }
        if (target.id() == signup.slotId()) {
            throw new IllegalArgumentException("already in slot " + target.id());
        }
        if (!events.reserve(target.id(), 1, now)) {
            throw new SlotFullException(target.id());
        }
        events.release(signup.slotId(), 1, now);
        if (!signups.moveTo(signup.id(), target.id(), now)) {
            throw new NotChangeableException(signup.referenceCode());
        }
        promoteWaiting(signup.eventId(), now);
        audit.record(actor, "moved sign-up " + signup.referenceCode() + " to another slot");
    }

    // ---- sign-ups made at other sites' kiosks (DESIGN.md §8: they stay those kiosks')

    /**
     * A booking made at another site, found through the hub, for an event offered here; empty when the hub has none
     * or this kiosk is not linked to one.
     *
     * @throws HubUnreachableException the hub did not answer in time
     */
    public Optional<Booking> findElsewhere(String code, String surnameStart) {
        return heldElsewhere(code, surnameStart).flatMap(this::booking);
    }

    /**
     * The hub's copy of a sign-up made at another site, also for an event this kiosk does not offer (which can only
     * be changed there); empty when the hub has none or this kiosk is not linked to one.
     *
     * @throws HubUnreachableException the hub did not answer in time
     */
    public Optional<HeldElsewhere> heldElsewhere(String code, String surnameStart) {
        HubBookings hub = hubBookings.getIfAvailable();
        return hub == null ? Optional.empty() : hub.find(code, surnameStart);
    }

    /** The booking as it is now: read again here, or asked again from the hub for one made elsewhere. */
    public Optional<Booking> again(Booking booking) {
        if (!booking.elsewhere()) {
            return booking(booking.signup().id());
        }
        try {
            return findElsewhere(booking.signup().referenceCode(), booking.signup().lastName());
        } catch (HubUnreachableException unreachable) {
            return Optional.of(booking);
        }
    }

    private Booked changedElsewhere(Booking booking, ChangeRequest request, List<Returned> given,
                                    SignupSlip.Purpose purpose, Actor actor, Locale locale) {
        HeldElsewhere after = hubBookings.getObject().change(request, booking.signup().referenceCode(), given);
        Booking changed = booking(after).orElseThrow(() -> new NotChangeableException(booking.signup().referenceCode()));
        return transaction.execute(status -> {
            audit.record(actor, (request.action() == ChangeRequest.Action.CANCEL ? "cancelled" : "moved")
                    + " sign-up " + booking.signup().referenceCode() + " made at " + booking.heldAt() + ", through the hub");
            return slips.printed(purpose, changed, locale);
        });
    }

    /**
     * A coordinator's change on the hub (DESIGN.md §8): the kiosk that made the sign-up takes it at its next contact;
     * the hub prints no slip (print job 0).
     */
    private Booked changedOnHub(Booking booking, ChangeRequest.Action action, @Nullable Slot newSlot, Actor actor) {
        HeldElsewhere after = onHub.getObject().change(ChangesAtOtherSites.ASKED_ON_HUB, new ChangeRequest(UUID.randomUUID(),
                        booking.signup().publicId(), action, newSlot == null ? null : newSlot.publicId()),
                booking.signup().referenceCode(), List.of(), actor);
        Signup signup = signups.findByPublicId(after.signup().publicId()).orElseThrow();
        Slot slot = signup.slotId() == null ? null : events.slot(signup.slotId()).orElse(null);
        return new Booked(signup, slot, after.waitlistPosition(), 0);
    }

    /** The hub's copy as a booking here, with this kiosk's copies of its event and time; empty if not offered here. */
    public Optional<Booking> booking(HeldElsewhere held) {
        SignupRecord record = held.signup();
        return events.findByPublicId(record.event()).flatMap(event -> {
            Optional<Slot> slot = record.slot() == null ? Optional.empty() : events.slotByPublicId(record.slot())
                    .filter(found -> found.eventId() == event.id());
            if (record.slot() != null && slot.isEmpty()) {
                return Optional.empty();
            }
            Signup signup = new Signup(0, record.publicId(), record.siteId(), event.id(), slot.map(Slot::id).orElse(null),
                    record.status(), record.referenceCode(), record.firstName(), record.lastName(), record.phone(),
                    new Needs(record.applicationHelp(), record.wheelchair(), record.interpreterLanguage()), null,
                    record.language(), record.promotedAt(), record.cancelledAt(), record.createdAt(),
                    record.updatedAt());
            return Optional.of(booking(signup, event, slot.orElse(null), held.waitlistPosition(), held.siteName()));
        });
    }

    /**
     * On the kiosk that made them: takes the changes asked for at other sites (or on the hub), in the caller's
     * transaction, each once. A change that can no longer be made here (the sign-up changed here meanwhile) is left
     * out, and the sign-up goes up again as it is, so the hub's copy shows this kiosk's state; either way the hub is
     * told it was taken.
     */
    public void takeFromHub(List<ChangeRequest> waiting) {
        OffsetDateTime now = now();
        Actor hub = Actor.device("hub");
        for (ChangeRequest request : waiting) {
            if (!hubChanges.take(request.id(), now)) {
                continue;
            }
            signups.findByPublicId(request.signup()).ifPresent(signup -> {
                if (!takenHere(signup, request, hub, now)) {
                    signups.sendAgain(signup.id(), now);
                }
            });
            outbox.add(ChangeRequestRepository.OUTBOX_KIND, request.id(), now);
        }
    }

    private boolean takenHere(Signup signup, ChangeRequest request, Actor hub, OffsetDateTime now) {
        if (request.action() == ChangeRequest.Action.CANCEL) {
            return cancelHere(signup, hub, now, Locale.of(signup.language()));
        }
        Optional<Slot> target = events.slotByPublicId(request.slot()).filter(slot -> slot.eventId() == signup.eventId());
        if (target.isEmpty() || signup.status() != SignupStatus.CONFIRMED || target.get().id() == signup.slotId()) {
            return false;
        }
        try {
            moveHere(signup, target.get(), hub, now);
            return true;
        } catch (SlotFullException full) {
            // the hub granted the place with this change; only a place sold here meanwhile can be missing
            return false;
        }
    }

    /** The hub's changes this kiosk has taken and not yet told the hub of, oldest first (from the outbox). */
    @Transactional(readOnly = true)
    public Optional<Outbox.Pending> takenNotTold(int max) {
        return outbox.next(ChangeRequestRepository.OUTBOX_KIND, max);
    }

    /** The hub knows of these now. */
    public void takenTold(long upTo) {
        outbox.acknowledged(ChangeRequestRepository.OUTBOX_KIND, upTo, List.of());
    }

    /**
     * Whether the kiosk offers the slip of a place given from the waitlist: the resident's only slip says she is
     * waiting, so she has no paper with her time. Offered until such a slip is printed here; for a sign-up made at
     * another site (its slips are not kept here) at every lookup, and the screen offers it once per lookup.
     */
    @Transactional(readOnly = true)
    public boolean placeSlipDue(Booking booking) {
        Signup signup = booking.signup();
        return signup.status() == SignupStatus.CONFIRMED && signup.promotedAt() != null && booking.cancellable()
                && (booking.elsewhere() || !signups.timeSlipPrintedSince(signup.id(), signup.promotedAt()));
    }

    /** Prints the slip of a place given from the waitlist, once; empty when it is not due (printed already). */
    @Transactional
    public Optional<Booked> printPlaceSlip(Booking booking, Locale locale) {
        Booking now = booking.elsewhere() ? booking : booking(booking.signup().id()).orElse(booking);
        if (!placeSlipDue(now)) {
            return Optional.empty();
        }
        return Optional.of(slips.printed(SignupSlip.Purpose.PROMOTED, now, locale));
    }

    /** Print-job ids of every slip of a sign-up, oldest first. */
    public List<Long> slipJobs(long signupId) {
        return signups.slipJobs(signupId);
    }

    /**
     * Fills free places from the waitlist, first come first served, into the earliest slot with room. Called
     * whenever places free up or are added. Returns who got a place (the coordinator calls them).
     */
    List<Signup> promoteWaiting(long eventId, OffsetDateTime now) {
        List<Signup> promoted = new ArrayList<>();
        for (Signup waiting : signups.ofEvent(eventId, SignupStatus.WAITLISTED)) {
            Optional<Slot> free = events.slots(eventId).stream().filter(s -> s.freeHere() > 0).findFirst();
            if (free.isEmpty() || !events.reserve(free.get().id(), 1, now)) {
                break;
            }
            if (signups.promote(waiting.id(), free.get().id(), now)) {
                promoted.add(waiting);
            } else {
                events.release(free.get().id(), 1, now);
            }
        }
        return promoted;
    }

    Booking booking(Signup signup) {
        SignupEvent event = events.find(signup.eventId()).orElseThrow();
        Slot slot = signup.slotId() == null ? null : events.slot(signup.slotId()).orElse(null);
        int position = signup.status() == SignupStatus.WAITLISTED ? signups.waitlistPosition(signup) : 0;
        return booking(signup, event, slot, position, null);
    }

    private Booking booking(Signup signup, SignupEvent event, @Nullable Slot slot, int position,
                            @Nullable String heldAt) {
        boolean live = signup.status() != SignupStatus.CANCELLED && event.personalDataDeletedAt() == null
                && !LocalDate.now(clock).isAfter(event.date());
        boolean movable = live && signup.status() == SignupStatus.CONFIRMED && event.openAt(clock.instant());
        return new Booking(signup, event, slot, position, live, movable, heldAt);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
