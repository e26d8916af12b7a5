package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
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

/**
 * Signing up at the kiosk: the open events and their times, and every booking through {@link #signUp}: reserve
 * places (a conditional UPDATE on the slot row, so capacity holds with any number of kiosks), then confirm (the
 * sign-up rows and their slips, in the same transaction). Changes afterwards are {@link SignupChanges}; codes are
 * {@link ReferenceCodes}.
 */
@Service
public class SignupBooking {

    private final EventRepository events;
    private final SignupRepository signups;
    private final SignupSlipPrinter slips;
    private final SignupChanges changes;
    private final ReferenceCodes codes;
    private final AuditLog audit;
    private final SignupProperties settings;
    private final SiteIdentity site;
    private final Clock clock;
    /** The ride feature, when present; looked up lazily because it depends on the sign-ups. */
    private final ObjectProvider<SignupRides> rides;
    private final HubPlaces hubPlaces;
    private final TransactionTemplate transaction;

    SignupBooking(EventRepository events, SignupRepository signups, SignupSlipPrinter slips, SignupChanges changes,
                  ReferenceCodes codes, AuditLog audit, SignupProperties settings, SiteIdentity site, Clock clock,
                  ObjectProvider<SignupRides> rides, HubPlaces hubPlaces,
                  PlatformTransactionManager transactions) {
        this.hubPlaces = hubPlaces;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.signups = signups;
        this.slips = slips;
        this.changes = changes;
        this.codes = codes;
        this.audit = audit;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
        this.rides = rides;
    }

    /** Events residents can sign up for right now, soonest first. */
    public List<SignupEvent> openEvents() {
        return events.open(now());
    }

    /** Whether anything bookable by code is still to come: an event, or a ride on its own. */
    public boolean anythingBookedByCodeToCome() {
        LocalDate today = LocalDate.now(clock);
        SignupRides offered = rides.getIfAvailable();
        return events.all().stream().anyMatch(e -> e.personalDataDeletedAt() == null && !e.date().isBefore(today))
                || (offered != null && offered.anyStandaloneFrom(today));
    }

    public Optional<SignupEvent> event(long eventId) {
        return events.find(eventId);
    }

    public List<Slot> slots(long eventId) {
        return events.slots(eventId);
    }

    /** Open events whose sign-up is offered after this one's (the bus trip after its photo day). */
    public List<SignupEvent> linkedOffers(long eventId) {
        return events.linkedTo(eventId).stream().filter(e -> e.openAt(clock.instant())).toList();
    }

    public int retentionDays() {
        return settings.retentionDays();
    }

    /** The pickup stops of an event's rides, in pickup order; empty when it has none. */
    public List<RideStopChoice> rideStops(long eventId, Locale locale) {
        SignupRides offered = rides.getIfAvailable();
        return offered == null ? List.of() : offered.stops(eventId, locale);
    }




    /**
     * Signs up a resident (and a companion) in one transaction: reserve → confirm.
     *
     * @throws SignupClosedException     the event does not take sign-ups now
     * @throws AlreadySignedUpException  the same name and phone is already signed up for this event
     * @throws SlotFullException         no place in the slot (for a companion: nor in the next one)
     */
    public Confirmation signUp(SignupRequest request) {
        return signUp(request, null);
    }

    /**
     * Signs up as {@link #signUp(SignupRequest)} and books a ride to the event in the same transaction, under the
     * resident's reference code: both are saved and their slips queued, or neither.
     *
     * <p>For an event from the hub, places this kiosk does not hold are asked from the hub first, outside the
     * booking's transaction (a short timeout); without an answer the booking takes what the kiosk holds, or fails as
     * full. A place is never confirmed that the hub did not grant.
     *
     * @param ride the stop, seats and wheelchair place, or null for no ride
     * @throws RideFullException no room left on the ride (nothing is saved)
     */
    public Confirmation signUp(SignupRequest request, @Nullable RideRequest ride) {
        if (ride != null && request.waitlist()) {
            throw new IllegalArgumentException("a ride is booked with a place, not with a waitlist entry");
        }
        if (!request.waitlist()) {
            hubPlaces.askFor(request.slotId(), request.companion() == null ? 1 : 2);
        }
        if (ride != null) {
            rides.getObject().askHub(ride);
        }
        return transaction.execute(status -> book(request, ride));
    }

    private Confirmation book(SignupRequest request, @Nullable RideRequest ride) {
        OffsetDateTime now = now();
        SignupEvent event = events.find(request.eventId()).filter(e -> e.openAt(now.toInstant()))
                .orElseThrow(() -> new SignupClosedException(request.eventId()));
        Person person = request.person().validated();
        Person companion = request.companion() == null ? null : request.companion().validated();
        for (Person someone : companion == null ? List.of(person) : List.of(person, companion)) {
            signups.findSamePerson(event.id(), someone.firstName(), someone.lastName(), someone.phone())
                    .ifPresent(existing -> {
                        throw new AlreadySignedUpException(existing);
                    });
        }
        List<Slot> places = reserve(event, request, companion != null, now);
        Confirmation confirmation = confirm(event, person, companion, places, request.locale(), now);
        if (ride == null) {
            return confirmation;
        }
        RideTicket ticket = rides.getObject().book(event, ride, person,
                confirmation.resident().signup().referenceCode(), request.locale());
        return new Confirmation(confirmation.event(), confirmation.people(), ticket);
    }

    /** Takes the places: one per person, the companion in the same slot or the next one. Empty list = waitlist. */
    private List<Slot> reserve(SignupEvent event, SignupRequest request, boolean withCompanion, OffsetDateTime now) {
        if (request.waitlist()) {
            return List.of();
        }
        List<Slot> all = events.slots(event.id());
        Slot chosen = all.stream().filter(s -> s.id() == request.slotId()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("slot " + request.slotId() + " is not in event " + event.id()));
        if (!withCompanion) {
            if (!events.reserve(chosen.id(), 1, now)) {
                throw new SlotFullException(chosen.id());
            }
            return List.of(chosen);
        }
        if (events.reserve(chosen.id(), 2, now)) {
            return List.of(chosen, chosen);
        }
        int index = all.indexOf(chosen);
        Slot next = index + 1 < all.size() ? all.get(index + 1) : null;
        if (next != null && events.reserve(chosen.id(), 1, now)) {
            if (events.reserve(next.id(), 1, now)) {
                return List.of(chosen, next);
            }
        }
        // the transaction rolls back the place taken above
        throw new SlotFullException(chosen.id());
    }

    private Confirmation confirm(SignupEvent event, Person person, @Nullable Person companion, List<Slot> places,
                                 Locale locale, OffsetDateTime now) {
        boolean waitlist = places.isEmpty();
        SignupStatus status = waitlist ? SignupStatus.WAITLISTED : SignupStatus.CONFIRMED;
        String language = Language.of(locale).code();
        Signup first = signups.insert(site.siteId(), event.id(), waitlist ? null : places.get(0).id(), status,
                codes.newReferenceCode(), person, null, language, now);
        List<Signup> made = new ArrayList<>(List.of(first));
        if (companion != null) {
            made.add(signups.insert(site.siteId(), event.id(), waitlist ? null : places.get(1).id(), status,
                    codes.newReferenceCode(), companion, first.id(), language, now));
        }
        if (waitlist) {
            changes.promoteWaiting(event.id(), now);
        }
        List<Booked> booked = new ArrayList<>();
        for (Signup signup : made) {
            Signup current = signups.find(signup.id()).orElseThrow();
            SignupSlip.Purpose purpose = current.status() == SignupStatus.WAITLISTED
                    ? SignupSlip.Purpose.WAITLIST : SignupSlip.Purpose.CONFIRMATION;
            booked.add(slips.printed(purpose, event, current, locale));
        }
        return new Confirmation(event, booked);
    }

    /** Prints the existing confirmation again (the same person came back, or staff were asked). */
    @Transactional
    public Booked reprint(long signupId, Actor actor, Locale locale) {
        Signup signup = signups.find(signupId).orElseThrow(() -> new IllegalArgumentException("no sign-up " + signupId));
        SignupEvent event = events.find(signup.eventId()).orElseThrow();
        audit.record(actor, "reprinted the slip of sign-up " + signup.referenceCode());
        return slips.printed(SignupSlip.Purpose.REPRINT, event, signup, locale);
    }














    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
