package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Booked;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Person;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Place;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Plan;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.WalkIn;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import fi.palvelupiste.kiosk.queue.QueueUpdate;
import fi.palvelupiste.kiosk.queue.QueueUpdates;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.signup.AttendanceCount;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.CodeLookup;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.ReferenceCodes;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.signup.SignupSync;
import fi.palvelupiste.kiosk.signup.Slot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The photo day at the hall: check-in by code (the kiosk) or by name (staff), walk-in numbers, and the
 * photographer's calls. Each change is told to the waiting-room display and the staff pages (QueueUpdates).
 */
@Service
public class PhotoDays {

    /** Until a slot says otherwise, a photo takes this long. */
    static final Duration DEFAULT_PACE = Duration.ofMinutes(5);
    /** A walk-in ticket is printed only while its holder can still be standing at the kiosk. */
    static final Duration TICKET_VALID_FOR = Duration.ofMinutes(3);

    private final PhotoDayRepository repository;
    private final EventPlanning planning;
    private final ReferenceCodes codes;
    private final PrintJobPrivacy printing;
    private final WalkInReceipt receipt;
    private final QueueUpdates updates;
    private final AuditLog audit;
    private final PhotoDayProperties settings;
    private final SignupSync signupsUp;
    private final WalkInSync walkInsUp;
    private final Clock clock;

    PhotoDays(PhotoDayRepository repository, EventPlanning planning, ReferenceCodes codes, PrintJobPrivacy printing,
              WalkInReceipt receipt, QueueUpdates updates, AuditLog audit, PhotoDayProperties settings,
              SignupSync signupsUp, WalkInSync walkInsUp, Clock clock) {
        this.repository = repository;
        this.planning = planning;
        this.codes = codes;
        this.printing = printing;
        this.receipt = receipt;
        this.updates = updates;
        this.audit = audit;
        this.settings = settings;
        this.signupsUp = signupsUp;
        this.walkInsUp = walkInsUp;
        this.clock = clock;
    }

    /**
     * The photo days held here today (events with time slots, dated today), in the order they were made: a site may
     * hold two on one date, e.g. two photographers in two halls, each with a line of its own.
     */
    public List<SignupEvent> today() {
        return planning.heldOn(LocalDate.now(clock)).stream().filter(e -> e.kind().unit() == BookingUnit.SLOTS)
                .toList();
    }

    /** The walk-in numbers of the event per language, for the funders' report: live while kept, then as kept. */
    public List<AttendanceCount> walkInCounts(SignupEvent event) {
        return event.personalDataDeletedAt() == null ? repository.liveWalkInCounts(event.id())
                : repository.keptWalkInCounts(event.id());
    }

    /** The line as it stands now. */
    @Transactional(readOnly = true)
    public PhotoDayLine line(SignupEvent event) {
        Instant now = clock.instant();
        List<Slot> slots = planning.slots(event.id());
        List<Attendee> attendees = repository.attendees(event.id());
        List<WalkInNumber> walkIns = repository.walkIns(event.id());
        List<Booked> booked = attendees.stream().map(a -> new Booked(a.signupId(), at(event, a.slotStartsAt()),
                instant(a.checkedInAt()), instant(a.calledAt()), instant(a.photographedAt()), instant(a.noShowAt())))
                .toList();
        List<WalkIn> waiting = walkIns.stream().map(w -> new WalkIn(w.id(), w.number(), w.takenAt().toInstant(),
                instant(w.calledAt()), instant(w.photographedAt()), instant(w.goneAt()))).toList();
        PhotoDayQueue queue = new PhotoDayQueue(
                slots.stream().map(s -> new Place(at(event, s.startsAt()), s.capacity())).toList(),
                booked, waiting, settings.noShowAfter(), slotPace(slots));
        List<Person> people = new ArrayList<>(booked);
        people.addAll(waiting);
        return new PhotoDayLine(event, queue.plan(now), attendees, walkIns, people, now);
    }

    /**
     * The line of one of today's photo days, opened by staff: the one chosen if it is held today, else the first.
     * Audited, as it shows names and phones.
     */
    @Transactional
    public Optional<PhotoDayLine> openedBy(@Nullable Long chosenEvent, Actor actor) {
        List<SignupEvent> today = today();
        Optional<SignupEvent> event = today.stream().filter(e -> chosenEvent != null && e.id() == chosenEvent)
                .findFirst().or(() -> today.stream().findFirst());
        event.ifPresent(e -> audit.record(actor, "viewed the photo day line of event " + e.id()));
        return event.map(this::line);
    }

    /**
     * A resident checks in with the reference code and the first letters of the surname: the same lookup, and the same
     * slowing down of wrong codes, as changing a booking by code.
     */
    @Transactional
    public CheckIn checkIn(String screen, String device, String typedCode, String surnameStart) {
        CodeLookup lookup = codes.lookUp(screen, device, typedCode, surnameStart);
        if (!(lookup instanceof CodeLookup.Found found)) {
            return new CheckIn.NotFound(lookup);
        }
        Booking booking = found.booking();
        // the booking's own event among today's: with two photo days here, the code says which line to join
        Optional<SignupEvent> today = today().stream().filter(e -> e.id() == booking.event().id()).findFirst();
        if (today.isEmpty()) {
            return new CheckIn.OtherDay(booking.event());
        }
        Slot slot = booking.slot();
        if (booking.signup().status() != SignupStatus.CONFIRMED || slot == null) {
            return new CheckIn.NoPlace();
        }
        String madeAt = booking.heldAt();
        if (madeAt != null) {
            return new CheckIn.MadeElsewhere(today.get(), madeAt, slot.startsAt());
        }
        return checkedIn(today.get(), booking.signup().id());
    }

    /** Staff check in a booked person they found by name. */
    @Transactional
    public CheckIn checkInByStaff(SignupEvent event, long signupId, Actor actor) {
        audit.record(actor, "checked in sign-up " + signupId + " at the photo day of event " + event.id());
        return checkedIn(event, signupId);
    }

    private CheckIn checkedIn(SignupEvent event, long signupId) {
        Attendee before = repository.attendee(event.id(), signupId).orElse(null);
        if (before == null) {
            return new CheckIn.NoPlace();
        }
        if (before.photographedAt() != null) {
            return new CheckIn.AlreadyPhotographed();
        }
        if (repository.checkIn(signupId, now())) {
            signupsUp.marked(signupId);
            updates.publish(QueueUpdate.changed());
        }
        PhotoDayLine line = line(event);
        Attendee attendee = repository.attendee(event.id(), signupId).orElseThrow();
        Person person = line.person(attendee);
        Instant expected = line.plan().turnOf(person).map(PhotoDayQueue.Turn::expectedAt).orElse(line.at());
        return new CheckIn.CheckedIn(event, attendee, line.plan().before(person), expected.atZone(clock.getZone()));
    }

    /** Staff look for a booked person by the start of a name; audited. */
    @Transactional
    public List<Attendee> findByName(SignupEvent event, String query, Actor actor) {
        if (query.isBlank()) {
            return List.of();
        }
        audit.record(actor, "searched the photo day of event " + event.id() + " by name");
        return repository.findByName(event.id(), query);
    }

    /** Someone without a booking takes a number; its ticket says roughly when to come back. Printed once. */
    @Transactional
    public WalkInTaken takeWalkIn(SignupEvent event, Locale locale) {
        WalkInNumber number = repository.takeWalkIn(event.id(), locale.getLanguage(), now());
        WalkInTaken taken = taken(event, number);
        long job = printing.enqueue(PrintJobOwner.event(event.id()), false, "photo-walk-in-" + number.shown(),
                receipt.build(event, number, taken.before(), taken.comeBackAt(), locale), TICKET_VALID_FOR);
        repository.walkInPrinted(number.id(), job);
        walkInsUp.changed(event, number.id());
        updates.publish(QueueUpdate.changed());
        return new WalkInTaken(event, repository.walkIn(number.id()).orElseThrow(), taken.before(), taken.comeBackAt());
    }

    /** A walk-in number with its place in the line as it stands now. */
    @Transactional(readOnly = true)
    public Optional<WalkInTaken> walkIn(long walkInId) {
        return repository.walkIn(walkInId).flatMap(number -> planning.event(number.eventId())
                .map(event -> taken(event, number)));
    }

    private WalkInTaken taken(SignupEvent event, WalkInNumber number) {
        PhotoDayLine line = line(event);
        Person person = line.person(number);
        Instant expected = line.plan().turnOf(person).map(PhotoDayQueue.Turn::expectedAt).orElse(line.at());
        return new WalkInTaken(event, number, line.plan().before(person), roundedDown(expected));
    }

    /**
     * Calls the next person if nobody is being photographed and the line says someone is due; never calls anyone
     * twice (a second tablet pressing at the same moment gets the same person).
     *
     * @return who is being photographed now
     */
    @Transactional
    public Optional<Person> callNext(SignupEvent event, Actor actor) {
        PhotoDayLine line = line(event);
        if (line.plan().now() != null) {
            return Optional.of(line.plan().now());
        }
        if (!line.plan().nextCallableAt(line.at())) {
            return Optional.empty();
        }
        Person next = line.plan().next().orElseThrow().person();
        mark(event, next, actor, "called", repository::callBooked, repository::callWalkIn);
        return Optional.ofNullable(line(event).plan().now());
    }

    /** The person being photographed is done. */
    @Transactional
    public void photographed(SignupEvent event, Person person, Actor actor) {
        mark(event, person, actor, "photographed", repository::photographBooked, repository::photographWalkIn);
    }

    /** Not here when called: a booked person's place is freed (a new check-in brings them back), a number is dropped. */
    @Transactional
    public void notHere(SignupEvent event, Person person, Actor actor) {
        mark(event, person, actor, "marked not here", repository::bookedNotHere, repository::walkInGone);
    }

    /** The e-application help desk helped this person. */
    @Transactional
    public void helped(SignupEvent event, Person person, Actor actor) {
        mark(event, person, actor, "marked helped", repository::bookedHelped, repository::walkInHelped);
    }

    /** One step of a person's day, by the conditional update of their kind; audited and told to the screens if done. */
    private void mark(SignupEvent event, Person person, Actor actor, String what,
                         BiPredicate<Long, OffsetDateTime> booked, BiPredicate<Long, OffsetDateTime> walkIn) {
        boolean done = switch (person) {
            case Booked b -> booked.test(b.id(), now());
            case WalkIn w -> walkIn.test(w.id(), now());
        };
        if (done) {
            goesUp(event, person);
        }
        changed(done, actor, what + " " + describe(person), event);
    }

    /**
     * What staff typed for a walk-in: the phone for the photo system (a Finnish mobile, or empty) and whether they
     * want help with the electronic application.
     *
     * @return false when the phone is not a Finnish mobile number
     */
    @Transactional
    public boolean walkInDetails(SignupEvent event, WalkIn walkIn, String phone, boolean wantsHelp, Actor actor) {
        @Nullable String number = null;
        if (!phone.isBlank()) {
            Optional<String> normalized = FinnishMobile.normalize(phone);
            if (normalized.isEmpty()) {
                return false;
            }
            number = normalized.get();
        }
        repository.walkInDetails(walkIn.id(), number, wantsHelp);
        goesUp(event, walkIn);
        changed(true, actor, "wrote the phone of " + describe(walkIn), event);
        return true;
    }

    private void changed(boolean done, Actor actor, String what, SignupEvent event) {
        if (done) {
            audit.record(actor, what + " at the photo day of event " + event.id());
            updates.publish(QueueUpdate.changed());
        }
    }

    /** A mark on a hub event's sign-up or number goes up to the hub, in the mark's transaction. */
    private void goesUp(SignupEvent event, Person person) {
        switch (person) {
            case Booked b -> signupsUp.marked(b.id());
            case WalkIn w -> walkInsUp.changed(event, w.id());
        }
    }

    private static String describe(Person person) {
        return switch (person) {
            case Booked b -> "sign-up " + b.id();
            case WalkIn w -> "walk-in " + WalkInNumber.PREFIX + " " + w.number();
        };
    }

    /** A slot's length per place: 10 minutes for two people is 5 minutes a photo. */
    private static Duration slotPace(List<Slot> slots) {
        return slots.stream().findFirst()
                .map(s -> Duration.between(s.startsAt(), s.endsAt()).dividedBy(Math.max(1, s.capacity())))
                .filter(d -> !d.isZero()).orElse(DEFAULT_PACE);
    }

    private Instant at(SignupEvent event, LocalTime time) {
        return event.date().atTime(time).atZone(clock.getZone()).toInstant();
    }

    private ZonedDateTime roundedDown(Instant time) {
        ZonedDateTime local = time.atZone(clock.getZone()).truncatedTo(ChronoUnit.MINUTES);
        return local.minusMinutes(local.getMinute() % 5);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
