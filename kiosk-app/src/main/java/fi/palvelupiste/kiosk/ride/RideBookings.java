package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.signup.ChangesAtOtherSites;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.ReferenceCodes;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupRides;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.sync.PlaceRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
 * Booking rides: residents book them with a sign-up ({@link SignupRides}, in the sign-up's transaction) or on their
 * own, and change (stop, seats, wheelchair place) or cancel by code; staff do the same from the bookings page. Every
 * booking is reserve (one conditional UPDATE on the ride row) → confirm (the booking row and its boarding slip), in one
 * transaction; so is every change.
 */
@Service
public class RideBookings implements SignupRides {

    /** A slip is worth printing only while the resident is still at the kiosk; staff can reprint. */
    static final Duration SLIP_PRINT_VALIDITY = Duration.ofMinutes(3);

    private final RideRepository rides;
    private final SignupBooking signups;
    private final ReferenceCodes codes;
    private final RideSlip slip;
    private final PrintJobPrivacy printing;
    private final SignupTexts texts;
    private final AuditLog audit;
    private final SiteIdentity site;
    private final PlaceRequests hub;
    /** Present on the hub only, where every booking is a kiosk's copy: that kiosk alone changes it. */
    private final ObjectProvider<ChangesAtOtherSites> onHub;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RideBookings(RideRepository rides, SignupBooking signups, ReferenceCodes codes, RideSlip slip,
                 PrintJobPrivacy printing, SignupTexts texts, AuditLog audit, SiteIdentity site, PlaceRequests hub,
                 ObjectProvider<ChangesAtOtherSites> onHub, PlatformTransactionManager transactions, Clock clock) {
        this.onHub = onHub;
        this.rides = rides;
        this.signups = signups;
        this.codes = codes;
        this.slip = slip;
        this.printing = printing;
        this.texts = texts;
        this.audit = audit;
        this.site = site;
        this.hub = hub;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }


    /** Rides on their own that can be booked now (until the day before), soonest first. */
    public List<Ride> bookableStandalone() {
        return rides.standaloneFrom(LocalDate.now(clock).plusDays(1));
    }

    @Override
    public boolean anyStandaloneFrom(LocalDate day) {
        return !rides.standaloneFrom(day).isEmpty();
    }

    /** The stops of one ride as choices, with its places as they are now; none when the ride is gone. */
    public List<RideStopChoice> choices(long rideId, Locale locale) {
        return rides.find(rideId).map(ride -> choices(ride, locale)).orElse(List.of());
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
        return confirm(ride, stop, request, person, referenceCode, event.title().get(locale), locale);
    }

    @Override
    public void askHub(RideRequest request) {
        askHub(request, null);
    }

    /** Asks the hub for what the request takes more than the booking it changes holds on the same ride. */
    private void askHub(RideRequest request, @Nullable RideBooking held) {
        rides.stop(request.stopId()).flatMap(stop -> rides.find(stop.rideId())).filter(Ride::fromHub).ifPresent(ride -> {
            boolean sameRide = held != null && held.rideId() == ride.id();
            ask(RideCounter.SEATS, ride, request.seats() - (sameRide ? held.seats() : 0));
            ask(RideCounter.WHEELCHAIR, ride, (request.wheelchair() ? 1 : 0) - (sameRide && held.wheelchair() ? 1 : 0));
        });
    }

    private void ask(RideCounter counter, Ride ride, int needed) {
        if (needed > 0) {
            hub.askFor(counter.kind, ride.publicId(), needed, ride.free(counter), ride.hubFree(counter), false);
        }
    }

    /**
     * Books a ride on its own (a weekly asiointiliikenne ride) with a new reference code, in one transaction; for a
     * hub ride, the places this kiosk does not hold are asked from the hub first ({@link #askHub}).
     *
     * @throws RideFullException no room left
     */
    public RideTicket bookStandalone(RideRequest request, Person person, Locale locale) {
        askHub(request);
        return transaction.execute(status -> bookStandaloneNow(request, person, locale));
    }

    private RideTicket bookStandaloneNow(RideRequest request, Person person, Locale locale) {
        RideStop stop = rides.stop(request.stopId()).orElseThrow(() -> new IllegalArgumentException("no stop"));
        Ride ride = rides.find(stop.rideId()).filter(Ride::standalone)
                .filter(r -> r.personalDataDeletedAt() == null && !r.closed() && r.date().isAfter(LocalDate.now(clock)))
                .orElseThrow(() -> new NotChangeableException("ride " + stop.rideId()));
        return confirm(ride, stop, request, person.validated(), codes.newReferenceCode(), ride.name().get(locale), locale);
    }

    private RideTicket confirm(Ride ride, RideStop stop, RideRequest request, Person person, String code, String what,
                               Locale locale) {
        RideBooking booking = reserve(ride, stop, request, person, code, locale);
        long job = print(RideSlip.Purpose.CONFIRMATION, what, ride, stop, booking, locale);
        return ticket(booking, job, locale);
    }

    /** The ride's places taken by one conditional UPDATE, then the booking row: every booking's way in. */
    private RideBooking reserve(Ride ride, RideStop stop, RideRequest request, Person person, String code,
                                Locale locale) {
        OffsetDateTime now = now();
        if (rides.byCode(code).filter(RideBooking::confirmed).isPresent()) {
            throw new IllegalStateException("code " + code + " already has a ride");
        }
        int wheelchair = request.wheelchair() ? 1 : 0;
        if (ride.closed() || !rides.reserve(ride.id(), request.seats(), wheelchair, now) || !onRoute(stop)) {
            throw new RideFullException(stop.id());
        }
        return rides.insertBooking(site.siteId(), ride.id(), stop.id(), code, person,
                request.seats(), request.wheelchair(), Language.of(locale).code(), now);
    }

    /**
     * Someone who gets on at a stop without a booking, added by the escort: the same reserve as every booking, so a
     * full bus refuses them; a new code, and no slip (nobody is at the kiosk). Audited.
     *
     * @throws RideFullException no seat or wheelchair place left
     */
    @Transactional
    public RideBooking bookWalkOn(RideRequest request, Person person, Actor actor, Locale locale) {
        RideStop stop = rides.stop(request.stopId()).orElseThrow(() -> new NotChangeableException("stop " + request.stopId()));
        Ride ride = rides.find(stop.rideId()).filter(r -> r.personalDataDeletedAt() == null)
                .orElseThrow(() -> new NotChangeableException("ride " + stop.rideId()));
        RideBooking booking = reserve(ride, stop, request, person.validated(), codes.newReferenceCode(), locale);
        audit.record(actor, "added walk-on ride booking " + booking.referenceCode() + " at stop " + stop.id());
        return booking;
    }

    /**
     * The stops the live booking under the code can change to, in pickup order: its ride's, and for an event's ride
     * the event's other rides'. The booking's own places count as free on its own ride. None when it cannot change.
     */
    @Override
    public List<RideStopChoice> changeChoices(String referenceCode, Locale locale) {
        Optional<RideBooking> booking = rides.byCode(referenceCode).filter(this::changeable);
        if (booking.isEmpty()) {
            return List.of();
        }
        Ride own = rides.find(booking.get().rideId()).orElseThrow();
        List<Ride> choices = own.standalone() ? List.of(own) : rides.ofEvent(own.eventId());
        List<RideStopChoice> all = new ArrayList<>();
        for (Ride ride : choices) {
            if (ride.id() == own.id()) {
                Ride withOwnPlacesFree = withFree(ride, booking.get().seats(), booking.get().wheelchair() ? 1 : 0);
                all.addAll(choices(withOwnPlacesFree, locale));
            } else if (ride.personalDataDeletedAt() == null) {
                all.addAll(choices(ride, locale));
            }
        }
        return all;
    }

    /**
     * Changes the live booking under the code to another stop, number of seats or wheelchair place, keeping its code,
     * in one transaction: the new places are taken before the old ones are given back (on the same ride both in one
     * conditional UPDATE), so a full ride refuses and nothing changes. A change slip confirms it; a hub ride's booking
     * goes up. For a hub ride, the places this kiosk does not hold are asked from the hub first.
     *
     * @throws RideFullException      the new stop's ride has no room for what is asked
     * @throws NotChangeableException nothing to change (cancelled, the ride gone, or a kiosk's booking on the hub)
     */
    @Override
    public RideTicket change(String referenceCode, RideRequest request, Actor actor, Locale locale) {
        RideBooking held = rides.byCode(referenceCode).filter(this::changeable)
                .orElseThrow(() -> new NotChangeableException(referenceCode));
        askHub(request, held);
        return transaction.execute(status -> changeNow(referenceCode, request, actor, locale));
    }

    private RideTicket changeNow(String referenceCode, RideRequest request, Actor actor, Locale locale) {
        RideBooking booking = rides.byCode(referenceCode).filter(this::changeable)
                .orElseThrow(() -> new NotChangeableException(referenceCode));
        Ride from = rides.find(booking.rideId()).orElseThrow();
        RideStop stop = rides.stop(request.stopId()).filter(this::onRoute)
                .orElseThrow(() -> new RideFullException(request.stopId()));
        Ride to = rides.find(stop.rideId())
                .filter(r -> r.id() == from.id() || (!from.standalone() && from.eventId().equals(r.eventId())))
                .orElseThrow(() -> new IllegalArgumentException("stop " + stop.id() + " is not on a ride of the booking's"));
        OffsetDateTime now = now();
        int wheelchair = request.wheelchair() ? 1 : 0;
        int held = booking.wheelchair() ? 1 : 0;
        boolean sameRide = to.id() == from.id();
        int moreSeats = sameRide ? request.seats() - booking.seats() : request.seats();
        int moreWheelchair = sameRide ? wheelchair - held : wheelchair;
        boolean taken = !(to.closed() && (moreSeats > 0 || moreWheelchair > 0))
                && rides.reserve(to.id(), moreSeats, moreWheelchair, now) && onRoute(stop);
        if (!taken) {
            throw new RideFullException(stop.id());
        }
        if (!sameRide) {
            rides.release(from.id(), booking.seats(), held, now);
        }
        if (!rides.changeBooking(booking.id(), to.id(), stop.id(), request.seats(), request.wheelchair(), now)) {
            throw new NotChangeableException(referenceCode);
        }
        audit.record(actor, "changed ride booking " + referenceCode);
        RideBooking changed = rides.booking(booking.id()).orElseThrow();
        long job = print(RideSlip.Purpose.CHANGE, what(to, locale), to, stop, changed, locale);
        return ticket(changed, job, locale);
    }

    /** The stop is still on its ride's route (read after the ride's row is locked, it stays so). */
    private boolean onRoute(RideStop stop) {
        return rides.stop(stop.id()).filter(s -> !s.removed()).isPresent();
    }

    /** The ride as a booking that gives back these places would see it. */
    private static Ride withFree(Ride ride, int seats, int wheelchairPlaces) {
        return new Ride(ride.id(), ride.publicId(), ride.siteId(), ride.eventId(), ride.date(), ride.name(),
                ride.destination(), ride.vehicle(), ride.seats(), ride.seatsBooked() - seats, ride.wheelchairPlaces(),
                ride.wheelchairBooked() - wheelchairPlaces, ride.returnsAt(), ride.operatorName(), ride.contactPhone(),
                ride.personalDataDeletedAt(), ride.createdAt(), ride.updatedAt(), ride.fromHub(), ride.closed(),
                ride.seatsHubFree(), ride.wheelchairHubFree());
    }

    @Override
    public Optional<RideTicket> find(String referenceCode, Locale locale) {
        return rides.byCode(referenceCode).map(b -> ticket(b, 0, locale));
    }

    @Override
    @Transactional
    public RideTicket cancel(String referenceCode, Actor actor, boolean printSlip, Locale locale) {
        RideBooking booking = rides.byCode(referenceCode).filter(b -> cancellable(b))
                .orElseThrow(() -> new NotChangeableException(referenceCode));
        return cancel(booking, actor, printSlip, locale);
    }

    /** Staff cancel a booking from the manifest; audited. */
    @Transactional
    public RideTicket cancel(long bookingId, Actor actor, Locale locale) {
        RideBooking booking = rides.booking(bookingId).filter(this::cancellable)
                .orElseThrow(() -> new NotChangeableException(String.valueOf(bookingId)));
        return cancel(booking, actor, true, locale);
    }

    private RideTicket cancel(RideBooking booking, Actor actor, boolean printSlip, Locale locale) {
        OffsetDateTime now = now();
        if (!rides.cancel(booking.id(), now)) {
            throw new NotChangeableException(booking.referenceCode());
        }
        rides.release(booking.rideId(), booking.seats(), booking.wheelchair() ? 1 : 0, now);
        audit.record(actor, "cancelled ride booking " + booking.referenceCode());
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


    /** What a ride is for, on its slip: the event's title, or the ride's own name. */
    String what(Ride ride, Locale locale) {
        return ride.eventId() == null ? ride.name().get(locale)
                : signups.event(ride.eventId()).map(e -> e.title().get(locale)).orElse(ride.name().get(locale));
    }

    private boolean cancellable(RideBooking booking) {
        return booking.confirmed() && rides.find(booking.rideId())
                .filter(r -> r.personalDataDeletedAt() == null && !LocalDate.now(clock).isAfter(r.date())).isPresent();
    }

    /** Live and the ride to come, on the node that owns it: a kiosk (the hub's copy changes when that kiosk's does). */
    private boolean changeable(RideBooking booking) {
        return cancellable(booking) && onHub.getIfAvailable() == null;
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
                changeable(booking), ride.standalone(),
                new RideRequest(booking.stopId(), booking.seats(), booking.wheelchair()), booking.language(), job);
    }

    private RideStopChoice choice(Ride ride, RideStop stop, Locale locale) {
        String label = texts.t(locale, "ride.stop.label", stop.place(), texts.time(stop.pickupAt(), locale));
        String free = ride.freeSeats() + ride.freeWheelchairPlaces() == 0 ? texts.t(locale, "ride.stop.full")
                : texts.t(locale, "ride.stop.free", ride.freeSeats(), ride.freeWheelchairPlaces());
        return new RideStopChoice(stop.id(), label, texts.t(locale, ride.vehicle().messageKey()) + " · " + free,
                ride.freeSeats(), ride.freeWheelchairPlaces());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
