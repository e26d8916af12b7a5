package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.TypedText;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.resident.ResidentName;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupProperties;
import fi.palvelupiste.kiosk.signup.SignupRides;
import fi.palvelupiste.kiosk.signup.SignupService;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rides: the coordinator defines them (route, vehicle, seats, wheelchair places), residents book them with a
 * sign-up ({@link SignupRides}, in the sign-up's transaction) or on their own, and cancel by code. Every booking is
 * reserve (one conditional UPDATE on the ride row) → confirm (the booking row and its boarding slip), in one
 * transaction.
 */
@Service
public class RideService implements SignupRides {

    private static final Logger log = LoggerFactory.getLogger(RideService.class);
    /** A slip is worth printing only while the resident is still at the kiosk; staff can reprint. */
    static final Duration SLIP_PRINT_VALIDITY = Duration.ofMinutes(3);
    static final String KIOSK_ACTOR = "kiosk";

    private final RideRepository rides;
    private final SignupService signups;
    private final RideSlip slip;
    private final PrintJobPrivacy printing;
    private final SignupTexts texts;
    private final AuditLog audit;
    private final SignupProperties settings;
    private final Clock clock;

    RideService(RideRepository rides, SignupService signups, RideSlip slip, PrintJobPrivacy printing,
                SignupTexts texts, AuditLog audit, SignupProperties settings, Clock clock) {
        this.rides = rides;
        this.signups = signups;
        this.slip = slip;
        this.printing = printing;
        this.texts = texts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- the coordinator -------------------------------------------------------------------------------------

    public List<Ride> rides() {
        return rides.all();
    }

    public Optional<Ride> ride(long rideId) {
        return rides.find(rideId);
    }

    public List<Ride> ridesOfEvent(long eventId) {
        return rides.ofEvent(eventId);
    }

    public List<RideStop> stops(long rideId) {
        return rides.stops(rideId);
    }

    public Optional<RideStop> stop(long stopId) {
        return rides.stop(stopId);
    }

    /** The events a ride can serve (not yet held, personal data kept). */
    public List<SignupEvent> events() {
        LocalDate today = LocalDate.now(clock);
        return signups.openEvents().stream().filter(e -> !e.date().isBefore(today)).toList();
    }

    /**
     * Saves a new ride (rideId null) or changes one; an event's ride runs on the event's date.
     *
     * @throws RideRefusedException with what to fix
     */
    @Transactional
    public long save(Long rideId, RideDraft typed, String actor) {
        RideDraft draft = new RideDraft(typed.eventId(), typed.date(), text(typed.nameFi(), "ride.admin.name", 120),
                text(typed.nameSv(), "ride.admin.name", 120), text(typed.nameEn(), "ride.admin.name", 120),
                text(typed.destination(), "ride.admin.destination", 120), typed.vehicle(), typed.seats(),
                typed.wheelchairPlaces(), typed.returnsAt(), text(typed.operatorName(), "ride.admin.operator", 120),
                text(typed.contactPhone(), "ride.admin.phone", 30));
        LocalDate date = draft.date();
        if (draft.eventId() != null) {
            date = signups.event(draft.eventId()).map(SignupEvent::date)
                    .orElseThrow(() -> new RideRefusedException("ride.error.event"));
        }
        if (draft.nameFi().isEmpty()) {
            throw new RideRefusedException("ride.error.name");
        }
        if (date == null) {
            throw new RideRefusedException("ride.error.date");
        }
        if (draft.vehicle() == null || draft.seats() < 0 || draft.wheelchairPlaces() < 0
                || draft.seats() + draft.wheelchairPlaces() < 1) {
            throw new RideRefusedException("ride.error.places");
        }
        OffsetDateTime now = now();
        if (rideId == null) {
            long id = rides.insert(settings.siteId(), draft, date, now);
            audit.record(actor, "created ride " + id);
            return id;
        }
        rides.find(rideId).filter(r -> r.personalDataDeletedAt() == null)
                .orElseThrow(() -> new RideRefusedException("ride.error.not-found"));
        if (!rides.update(rideId, draft, date, now)) {
            throw new RideRefusedException("ride.error.below-booked");
        }
        audit.record(actor, "changed ride " + rideId);
        return rideId;
    }

    @Transactional
    public long addStop(long rideId, String village, String pickupPoint, LocalTime pickupAt, String actor) {
        String villageText = text(village, "ride.admin.village", 60);
        String pointText = text(pickupPoint, "ride.admin.pickup-point", 120);
        if (villageText.isEmpty() || pickupAt == null) {
            throw new RideRefusedException("ride.error.stop");
        }
        rides.find(rideId).orElseThrow(() -> new RideRefusedException("ride.error.not-found"));
        long id = rides.insertStop(settings.siteId(), rideId, villageText, pointText, pickupAt, now());
        audit.record(actor, "added stop " + id + " to ride " + rideId);
        return id;
    }

    /** Removes a stop nobody has booked. */
    @Transactional
    public void removeStop(long stopId, String actor) {
        if (!rides.deleteUnusedStop(stopId)) {
            throw new RideRefusedException("ride.error.stop-used");
        }
        audit.record(actor, "removed stop " + stopId);
    }

    // ---- residents -------------------------------------------------------------------------------------------

    /** Rides on their own that can be booked now (until the day before), soonest first. */
    public List<Ride> bookableStandalone() {
        return rides.standaloneFrom(LocalDate.now(clock).plusDays(1));
    }

    @Override
    public boolean anyStandaloneFrom(LocalDate day) {
        return !rides.standaloneFrom(day).isEmpty();
    }

    /** The stops of one ride as choices, in pickup order. */
    public List<RideStopChoice> choices(Ride ride, Locale locale) {
        return rides.stops(ride.id()).stream().map(stop -> choice(ride, stop, locale)).toList();
    }

    @Override
    public List<RideStopChoice> stops(long eventId, Locale locale) {
        List<RideStopChoice> all = new ArrayList<>();
        for (Ride ride : rides.ofEvent(eventId)) {
            if (ride.personalDataDeletedAt() == null) {
                all.addAll(choices(ride, locale));
            }
        }
        return all;
    }

    @Override
    public RideTicket book(SignupEvent event, RideRequest request, Person person, String referenceCode, Locale locale) {
        RideStop stop = rides.stop(request.stopId()).orElseThrow(() -> new IllegalArgumentException("no stop"));
        Ride ride = rides.find(stop.rideId()).filter(r -> r.eventId() != null && r.eventId() == event.id())
                .orElseThrow(() -> new IllegalArgumentException("stop " + stop.id() + " is not on a ride of event " + event.id()));
        return confirm(ride, stop, request, person, referenceCode, event.title(locale), locale);
    }

    /**
     * Books a ride on its own (a weekly asiointiliikenne ride) with a new reference code.
     *
     * @throws RideFullException no room left
     */
    @Transactional
    public RideTicket bookStandalone(RideRequest request, Person person, Locale locale) {
        RideStop stop = rides.stop(request.stopId()).orElseThrow(() -> new IllegalArgumentException("no stop"));
        Ride ride = rides.find(stop.rideId()).filter(Ride::standalone)
                .filter(r -> r.personalDataDeletedAt() == null && r.date().isAfter(LocalDate.now(clock)))
                .orElseThrow(() -> new NotChangeableException("ride " + stop.rideId()));
        return confirm(ride, stop, request, checked(person), signups.newReferenceCode(), ride.name(locale), locale);
    }

    private RideTicket confirm(Ride ride, RideStop stop, RideRequest request, Person person, String code, String what,
                               Locale locale) {
        OffsetDateTime now = now();
        if (rides.byCode(code).filter(RideBooking::confirmed).isPresent()) {
            throw new IllegalStateException("code " + code + " already has a ride");
        }
        int wheelchair = request.wheelchair() ? 1 : 0;
        if (!rides.reserve(ride.id(), request.seats(), wheelchair, now)) {
            throw new RideFullException(stop.id());
        }
        RideBooking booking = rides.insertBooking(settings.siteId(), ride.id(), stop.id(), code, person,
                request.seats(), request.wheelchair(), Language.of(locale).code(), now);
        long job = print(RideSlip.Purpose.CONFIRMATION, what, ride, stop, booking, locale);
        return ticket(booking, job, locale);
    }

    @Override
    public Optional<RideTicket> find(String referenceCode, Locale locale) {
        return rides.byCode(referenceCode).map(b -> ticket(b, 0, locale));
    }

    @Override
    @Transactional
    public RideTicket cancel(String referenceCode, String actor, boolean printSlip, Locale locale) {
        RideBooking booking = rides.byCode(referenceCode).filter(b -> cancellable(b))
                .orElseThrow(() -> new NotChangeableException(referenceCode));
        return cancel(booking, actor, printSlip, locale);
    }

    /** Staff cancel a booking from the manifest; audited. */
    @Transactional
    public RideTicket cancel(long bookingId, String actor, Locale locale) {
        RideBooking booking = rides.booking(bookingId).filter(this::cancellable)
                .orElseThrow(() -> new NotChangeableException(String.valueOf(bookingId)));
        return cancel(booking, actor, true, locale);
    }

    private RideTicket cancel(RideBooking booking, String actor, boolean printSlip, Locale locale) {
        OffsetDateTime now = now();
        if (!rides.cancel(booking.id(), now)) {
            throw new NotChangeableException(booking.referenceCode());
        }
        rides.release(booking.rideId(), booking.seats(), booking.wheelchair() ? 1 : 0, now);
        if (!KIOSK_ACTOR.equals(actor)) {
            audit.record(actor, "cancelled ride booking " + booking.referenceCode());
        }
        RideBooking cancelled = rides.booking(booking.id()).orElseThrow();
        long job = 0;
        if (printSlip) {
            Ride ride = rides.find(booking.rideId()).orElseThrow();
            RideStop stop = rides.stop(booking.stopId()).orElseThrow();
            job = print(RideSlip.Purpose.CANCEL, what(ride, locale), ride, stop, cancelled, locale);
        }
        return ticket(cancelled, job, locale);
    }

    @Override
    public boolean codeTaken(String referenceCode) {
        return rides.standaloneCodeTaken(referenceCode);
    }

    public List<Long> slipJobs(long bookingId) {
        return rides.slipJobs(bookingId);
    }

    // ---- retention ---------------------------------------------------------------------------------------------

    @Override
    public int deleteOfEvent(long eventId, OffsetDateTime now) {
        int deleted = 0;
        for (Ride ride : rides.ofEvent(eventId)) {
            if (ride.personalDataDeletedAt() == null) {
                deleted += deletePersonalData(ride, now);
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} ride booking(s) of event {}", deleted, eventId);
        }
        return deleted;
    }

    @Override
    public int deleteStandaloneOnOrBefore(LocalDate day, OffsetDateTime now) {
        int deleted = 0;
        for (Ride ride : rides.standaloneOnOrBefore(day)) {
            int n = deletePersonalData(ride, now);
            log.info("Deleted {} booking(s) of ride {} ({}), held on {}", n, ride.id(), ride.nameFi(), ride.date());
            deleted += n;
        }
        return deleted;
    }

    /** A ride's bookings, their slips and its manifests (reprints too, and the paper files), counts kept. */
    private int deletePersonalData(Ride ride, OffsetDateTime now) {
        printing.delete(rides.unlinkSlips(ride.id()));
        printing.deleteOf(PrintJobOwner.ride(ride.id()));
        return rides.deletePersonalData(ride.id(), now);
    }

    // ---- pieces ------------------------------------------------------------------------------------------------

    /** What a ride is for, on its slip: the event's title, or the ride's own name. */
    String what(Ride ride, Locale locale) {
        return ride.eventId() == null ? ride.name(locale)
                : signups.event(ride.eventId()).map(e -> e.title(locale)).orElse(ride.name(locale));
    }

    private boolean cancellable(RideBooking booking) {
        return booking.confirmed() && rides.find(booking.rideId())
                .filter(r -> r.personalDataDeletedAt() == null && !LocalDate.now(clock).isAfter(r.date())).isPresent();
    }

    private long print(RideSlip.Purpose purpose, String what, Ride ride, RideStop stop, RideBooking booking,
                       Locale locale) {
        long job = printing.enqueue(PrintJobOwner.ride(booking.rideId()), false,
                "ride-" + booking.referenceCode(), slip.build(purpose, what, ride, stop, booking, locale), SLIP_PRINT_VALIDITY);
        rides.addSlip(booking.id(), job, purpose.name());
        return job;
    }

    private RideTicket ticket(RideBooking booking, long job, Locale locale) {
        Ride ride = rides.find(booking.rideId()).orElseThrow();
        RideStop stop = rides.stop(booking.stopId()).orElseThrow();
        String summary = texts.t(locale, "ride.ticket.summary", stop.place(), texts.day(ride.date(), locale),
                texts.time(stop.pickupAt(), locale), texts.t(locale, ride.vehicle().messageKey()),
                slip.places(booking, locale));
        return new RideTicket(booking.id(), booking.referenceCode(), booking.lastName(), summary, cancellable(booking),
                ride.standalone(), job);
    }

    private RideStopChoice choice(Ride ride, RideStop stop, Locale locale) {
        String label = texts.t(locale, "ride.stop.label", stop.place(), texts.time(stop.pickupAt(), locale));
        String free = ride.freeSeats() + ride.freeWheelchairPlaces() == 0 ? texts.t(locale, "ride.stop.full")
                : texts.t(locale, "ride.stop.free", ride.freeSeats(), ride.freeWheelchairPlaces());
        return new RideStopChoice(stop.id(), label, texts.t(locale, ride.vehicle().messageKey()) + " · " + free,
                ride.freeSeats(), ride.freeWheelchairPlaces());
    }

    /** A coordinator's text, cleaned, or refused with its field named ({@link TypedText}). */
    private static String text(String typed, String labelKey, int maxLength) {
        return TypedText.require(typed, labelKey, maxLength, false, RideRefusedException::new);
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
        return new Person(first, last, phone, Needs.NONE);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
