package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
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
    private final TransactionTemplate transaction;

    SignupChanges(EventRepository events, SignupRepository signups, SignupSlipPrinter slips, AuditLog audit, Clock clock,
                  ObjectProvider<SignupRides> rides, HubPlaces hubPlaces, PlatformTransactionManager transactions) {
        this.hubPlaces = hubPlaces;
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

    /** Staff's search by reference code or a part of the name. Audited: it shows personal data. */
    public List<Booking> search(String query, Actor actor) {
        String text = query == null ? "" : query.strip();
        String code = ReferenceCode.normalize(text);
        List<Signup> found = text.length() < 2 ? List.of()
                : signups.search(code, ReferenceCode.isWellFormed(code) ? "" : text);
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
        OffsetDateTime now = now();
        Booking booking = booking(signupId).filter(Booking::cancellable)
                .orElseThrow(() -> new NotChangeableException(String.valueOf(signupId)));
        Signup signup = booking.signup();
        if (!signups.cancel(signup.id(), now)) {
            throw new NotChangeableException(signup.referenceCode());
        }
        if (signup.status() == SignupStatus.CONFIRMED) {
            events.release(signup.slotId(), 1, now);
            promoteWaiting(signup.eventId(), now);
        }
        // the ride booked with the sign-up goes with it; the sign-up's cancellation slip is the resident's paper
        ride(signup.referenceCode(), locale).filter(RideTicket::cancellable)
                .ifPresent(ride -> rides.getObject().cancel(signup.referenceCode(), actor, false, locale));
        audit.record(actor, "cancelled sign-up " + signup.referenceCode());
        return slips.printed(SignupSlip.Purpose.CANCEL, booking.event(), signups.find(signup.id()).orElseThrow(), locale);
    }

    /**
     * Moves a confirmed sign-up to another slot of the same event; the old place goes to the waitlist. For an event
     * from the hub, a place the kiosk does not hold is asked from the hub first ({@link HubPlaces}).
     *
     * @throws SlotFullException the new slot filled up meanwhile
     */
    public Booked move(long signupId, long newSlotId, Actor actor, Locale locale) {
        hubPlaces.askFor(newSlotId, 1);
        return transaction.execute(status -> moveNow(signupId, newSlotId, actor, locale));
    }

    private Booked moveNow(long signupId, long newSlotId, Actor actor, Locale locale) {
        OffsetDateTime now = now();
        Booking booking = booking(signupId).filter(Booking::movable)
                .orElseThrow(() -> new NotChangeableException(String.valueOf(signupId)));
        Signup signup = booking.signup();
        Slot target = events.slot(newSlotId).filter(s -> s.eventId() == signup.eventId())
                .orElseThrow(() -> new IllegalArgumentException("slot " + newSlotId + " is not in this event"));
        if (target.id() == signup.slotId()) {
            throw new IllegalArgumentException("already in slot " + newSlotId);
        }
        if (!events.reserve(target.id(), 1, now)) {
            throw new SlotFullException(target.id());
        }
        events.release(signup.slotId(), 1, now);
        signups.moveTo(signup.id(), target.id(), now);
        promoteWaiting(signup.eventId(), now);
        audit.record(actor, "moved sign-up " + signup.referenceCode() + " to another slot");
        return slips.printed(SignupSlip.Purpose.CHANGE, booking.event(), signups.find(signup.id()).orElseThrow(), locale);
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
        boolean live = signup.status() != SignupStatus.CANCELLED && event.personalDataDeletedAt() == null
                && !LocalDate.now(clock).isAfter(event.date());
        boolean movable = live && signup.status() == SignupStatus.CONFIRMED && event.openAt(clock.instant());
        return new Booking(signup, event, slot, position, live, movable);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
