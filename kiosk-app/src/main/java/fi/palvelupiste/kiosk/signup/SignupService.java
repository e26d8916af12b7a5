package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.resident.ResidentName;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Signing up at the kiosk and changing a sign-up later, by the resident (with the reference code) or by staff.
 * Every booking goes through {@link #signUp}: reserve places (a conditional UPDATE on the slot row, so capacity
 * holds with any number of kiosks), then confirm (the sign-up rows and their slips, in the same transaction).
 */
@Service
public class SignupService {

    /** A slip is worth printing only while the resident is still at the kiosk; staff can reprint. */
    static final Duration SLIP_PRINT_VALIDITY = Duration.ofMinutes(3);
    /** Letters of the surname asked together with the code (fewer if the surname is shorter). */
    public static final int SURNAME_LETTERS = 2;
    static final String KIOSK_ACTOR = "kiosk";

    private final EventRepository events;
    private final SignupRepository signups;
    private final SignupSlip slip;
    private final PrintJobPrivacy printing;
    private final CodeAttemptGuard codeGuard;
    private final CodeGuessingAlerts guessing;
    private final AuditLog audit;
    private final SignupProperties settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** The ride feature, when present; looked up lazily because it depends on this service. */
    private final ObjectProvider<SignupRides> rides;

    SignupService(EventRepository events, SignupRepository signups, SignupSlip slip, PrintJobPrivacy printing,
                  CodeAttemptGuard codeGuard, CodeGuessingAlerts guessing, AuditLog audit, SignupProperties settings,
                  Clock clock, ObjectProvider<SignupRides> rides) {
        this.guessing = guessing;
        this.rides = rides;
        this.events = events;
        this.signups = signups;
        this.slip = slip;
        this.printing = printing;
        this.codeGuard = codeGuard;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Events residents can sign up for right now, soonest first. */
    public List<SignupEvent> openEvents() {
        return events.open(now());
    }

    /** Events not yet held whose personal data is kept: reference codes of these can be looked up. */
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

    /** The ride booked under a reference code, if any. */
    public Optional<RideTicket> ride(String referenceCode, Locale locale) {
        SignupRides offered = rides.getIfAvailable();
        return offered == null ? Optional.empty() : offered.find(referenceCode, locale);
    }

    /** Cancels only the ride booked under a code; the sign-up stays. A slip confirms it. */
    @Transactional
    public RideTicket cancelRide(String referenceCode, String actor, Locale locale) {
        return rides.getObject().cancel(referenceCode, actor, true, locale);
    }

    /**
     * A new reference code, unique across sign-ups and rides: the one generator of the code family, also for rides
     * booked on their own.
     */
    public String newReferenceCode() {
        return newCode();
    }

    /**
     * Signs up a resident (and a companion) in one transaction: reserve → confirm.
     *
     * @throws SignupClosedException     the event does not take sign-ups now
     * @throws AlreadySignedUpException  the same name and phone is already signed up for this event
     * @throws SlotFullException         no place in the slot (for a companion: nor in the next one)
     */
    @Transactional
    public Confirmation signUp(SignupRequest request) {
        return signUp(request, null);
    }

    /**
     * Signs up as {@link #signUp(SignupRequest)} and books a ride to the event in the same transaction, under the
     * resident's reference code: both are saved and their slips queued, or neither.
     *
     * @param ride the stop, seats and wheelchair place, or null for no ride
     * @throws RideFullException no room left on the ride (nothing is saved)
     */
    @Transactional
    public Confirmation signUp(SignupRequest request, RideRequest ride) {
        if (ride != null && request.waitlist()) {
            throw new IllegalArgumentException("a ride is booked with a place, not with a waitlist entry");
        }
        OffsetDateTime now = now();
        SignupEvent event = events.find(request.eventId()).filter(e -> e.openAt(now.toInstant()))
                .orElseThrow(() -> new SignupClosedException(request.eventId()));
        Person person = checked(request.person());
        Person companion = request.companion() == null ? null : checked(request.companion());
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

    private Confirmation confirm(SignupEvent event, Person person, Person companion, List<Slot> places,
                                 Locale locale, OffsetDateTime now) {
        boolean waitlist = places.isEmpty();
        SignupStatus status = waitlist ? SignupStatus.WAITLISTED : SignupStatus.CONFIRMED;
        String language = Language.of(locale).code();
        Signup first = signups.insert(settings.siteId(), event.id(), waitlist ? null : places.get(0).id(), status,
                newCode(), person, null, language, now);
        List<Signup> made = new ArrayList<>(List.of(first));
        if (companion != null) {
            made.add(signups.insert(settings.siteId(), event.id(), waitlist ? null : places.get(1).id(), status,
                    newCode(), companion, first.id(), language, now));
        }
        if (waitlist) {
            promoteWaiting(event.id(), now);
        }
        List<Booked> booked = new ArrayList<>();
        for (Signup signup : made) {
            Signup current = signups.find(signup.id()).orElseThrow();
            SignupSlip.Purpose purpose = current.status() == SignupStatus.WAITLISTED
                    ? SignupSlip.Purpose.WAITLIST : SignupSlip.Purpose.CONFIRMATION;
            booked.add(printed(purpose, event, current, locale));
        }
        return new Confirmation(event, booked);
    }

    /** Prints the existing confirmation again (the same person came back, or staff were asked). */
    @Transactional
    public Booked reprint(long signupId, String actor, Locale locale) {
        Signup signup = signups.find(signupId).orElseThrow(() -> new IllegalArgumentException("no sign-up " + signupId));
        SignupEvent event = events.find(signup.eventId()).orElseThrow();
        if (!KIOSK_ACTOR.equals(actor)) {
            audit.record(actor, "reprinted the slip of sign-up " + signup.referenceCode());
        }
        return printed(SignupSlip.Purpose.REPRINT, event, signup, locale);
    }

    /**
     * The resident's "I have a reference code": the code and the first letters of the surname must match. Wrong
     * tries are counted for the resident's screen and for the device, and slowed down (see CodeAttemptGuard).
     *
     * @param screen identifies the resident's visit to the kiosk screen (a new one after each idle reset)
     * @param device the client address of the screen: the kiosk's touchscreen, or another browser
     */
    public CodeLookup lookUp(String screen, String device, String typedCode, String surnameStart) {
        Optional<CodeAttemptGuard.Wait> wait = codeGuard.waitFor(screen, device);
        if (wait.isPresent()) {
            return waiting(wait.get());
        }
        String code = ReferenceCode.normalize(typedCode);
        Optional<Signup> found = ReferenceCode.isWellFormed(code) ? signups.findByCode(code) : Optional.empty();
        Optional<Booking> booking = found.filter(s -> surnameMatches(s.lastName(), surnameStart)).map(this::booking);
        if (booking.isEmpty() && found.isEmpty() && ReferenceCode.isWellFormed(code)) {
            Optional<RideTicket> ride = ride(code, Locale.ROOT).filter(RideTicket::standalone)
                    .filter(r -> surnameMatches(r.lastName(), surnameStart));
            if (ride.isPresent()) {
                codeGuard.right(screen);
                return new CodeLookup.RideFound(ride.get());
            }
        }
        if (booking.isEmpty()) {
            if (codeGuard.wrong(screen, device)) {
                guessing.tripped(device);
            }
            return codeGuard.waitFor(screen, device).map(SignupService::waiting)
                    .orElseGet(CodeLookup.NotFound::new);
        }
        codeGuard.right(screen);
        return new CodeLookup.Found(booking.get());
    }

    private static CodeLookup waiting(CodeAttemptGuard.Wait wait) {
        return new CodeLookup.Wait(wait.remaining(), wait.reason() == CodeAttemptGuard.Reason.DEVICE);
    }

    /** Staff's search by reference code or a part of the name. Audited: it shows personal data. */
    public List<Booking> search(String query, String actor) {
        String text = query == null ? "" : query.strip();
        String code = ReferenceCode.normalize(text);
        List<Signup> found = text.length() < 2 ? List.of()
                : signups.search(code, ReferenceCode.isWellFormed(code) ? "" : text);
        audit.record(actor, "searched sign-ups by " + (ReferenceCode.isWellFormed(code) ? "reference code" : "name")
                + " (" + found.size() + " found)");
        return found.stream().map(this::booking).toList();
    }

    public Optional<Booking> booking(long signupId) {
        return signups.find(signupId).map(this::booking);
    }

    /**
     * Cancels a sign-up and gives its place to the first on the waitlist. A slip confirms the cancellation.
     *
     * @param actor "kiosk" for the resident, otherwise the staff member (audited)
     */
    @Transactional
    public Booked cancel(long signupId, String actor, Locale locale) {
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
        if (!KIOSK_ACTOR.equals(actor)) {
            audit.record(actor, "cancelled sign-up " + signup.referenceCode());
        }
        return printed(SignupSlip.Purpose.CANCEL, booking.event(), signups.find(signup.id()).orElseThrow(), locale);
    }

    /**
     * Moves a confirmed sign-up to another slot of the same event; the old place goes to the waitlist.
     *
     * @throws SlotFullException the new slot filled up meanwhile
     */
    @Transactional
    public Booked move(long signupId, long newSlotId, String actor, Locale locale) {
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
        if (!KIOSK_ACTOR.equals(actor)) {
            audit.record(actor, "moved sign-up " + signup.referenceCode() + " to another slot");
        }
        return printed(SignupSlip.Purpose.CHANGE, booking.event(), signups.find(signup.id()).orElseThrow(), locale);
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
            Optional<Slot> free = events.slots(eventId).stream().filter(s -> s.free() > 0).findFirst();
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

    private Booked printed(SignupSlip.Purpose purpose, SignupEvent event, Signup signup, Locale locale) {
        Slot slot = signup.slotId() == null ? null : events.slot(signup.slotId()).orElse(null);
        int position = signup.status() == SignupStatus.WAITLISTED ? signups.waitlistPosition(signup) : 0;
        long jobId = printing.enqueue(PrintJobOwner.event(signup.eventId()), false,
                "signup-" + signup.referenceCode(), slip.build(purpose, event, signup, slot, position, locale), SLIP_PRINT_VALIDITY);
        signups.addSlip(signup.id(), jobId, purpose.name());
        return new Booked(signup, slot, position, jobId);
    }

    private Booking booking(Signup signup) {
        SignupEvent event = events.find(signup.eventId()).orElseThrow();
        Slot slot = signup.slotId() == null ? null : events.slot(signup.slotId()).orElse(null);
        int position = signup.status() == SignupStatus.WAITLISTED ? signups.waitlistPosition(signup) : 0;
        boolean live = signup.status() != SignupStatus.CANCELLED && event.personalDataDeletedAt() == null
                && !LocalDate.now(clock).isAfter(event.date());
        boolean movable = live && signup.status() == SignupStatus.CONFIRMED && event.openAt(clock.instant());
        return new Booking(signup, event, slot, position, live, movable);
    }

    private String newCode() {
        while (true) {
            String code = ReferenceCode.generate(random);
            if (!signups.codeTaken(code) && rides.stream().noneMatch(r -> r.codeTaken(code))) {
                return code;
            }
        }
    }

    private static Person checked(Person person) {
        String first = ResidentName.normalize(person.firstName());
        String last = ResidentName.normalize(person.lastName());
        if (!ResidentName.isValid(first) || !ResidentName.isValid(last)) {
            throw new IllegalArgumentException("a name breaks the name rule");
        }
        String phone = null;
        if (person.phone() != null && !person.phone().isBlank()) {
            phone = FinnishMobile.normalize(person.phone())
                    .orElseThrow(() -> new IllegalArgumentException("not a Finnish mobile number"));
        }
        return new Person(first, last, phone, person.needs() == null ? Needs.NONE : person.needs());
    }

    static boolean surnameMatches(String lastName, String typedStart) {
        String typed = ResidentName.normalize(typedStart).toLowerCase(Locale.ROOT);
        String surname = lastName.toLowerCase(Locale.ROOT);
        int needed = Math.min(SURNAME_LETTERS, surname.length());
        return typed.length() >= needed && surname.startsWith(typed);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
