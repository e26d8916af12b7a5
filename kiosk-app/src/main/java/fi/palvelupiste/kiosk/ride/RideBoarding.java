package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.TripBoarding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bus day, for the escort on a phone: the day's rides, who is to get on at each stop, ticking them boarded or
 * not come (undone as easily), someone added on the bus while places are free, and the bus's figures. The ticks are
 * personal data and go with the bookings; how many boarded, did not come and were added stays in {@code ride_count}.
 * Each look at a stop's names is audited.
 */
@Service
public class RideBoarding {

    private final RideRepository rides;
    private final BoardingRepository boarding;
    private final RideBookings bookings;
    private final EventPlanning events;
    private final TripBoarding trips;
    private final AuditLog audit;
    private final Clock clock;

    RideBoarding(RideRepository rides, BoardingRepository boarding, RideBookings bookings, EventPlanning events,
                 TripBoarding trips, AuditLog audit, Clock clock) {
        this.rides = rides;
        this.boarding = boarding;
        this.bookings = bookings;
        this.events = events;
        this.trips = trips;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rides running today whose bookings are kept. */
    public List<Ride> today() {
        return rides.runningOn(LocalDate.now(clock));
    }

    public List<RideStop> stops(long rideId) {
        return rides.stops(rideId);
    }

    /** Who is to get on at the stop, by surname; audited. */
    public List<Passenger> atStop(long rideId, long stopId, Actor actor) {
        List<Passenger> passengers = boarding.atStop(rideId, stopId);
        audit.record(actor, "viewed the escort's list of ride " + rideId + " at stop " + stopId);
        return passengers;
    }

    /**
     * The trip whose sign-ups without a ride meet this bus at its departure point: the ride's event when it is booked
     * by seats (the shared bus of a permit trip) and the ride is a bus; empty otherwise.
     */
    public Optional<SignupEvent> departurePointOf(Ride ride) {
        if (ride.eventId() == null || ride.vehicle() != Vehicle.BUS) {
            return Optional.empty();
        }
        return events.event(ride.eventId()).filter(e -> e.kind().unit() == BookingUnit.SEATS);
    }

    /**
     * The trip's sign-ups who booked no ride from a village: they meet the bus at the departure point. By surname;
     * audited as a stop's list is.
     */
    public List<Passenger> atDeparturePoint(Ride ride, Actor actor) {
        Optional<SignupEvent> trip = departurePointOf(ride);
        if (trip.isEmpty()) {
            return List.of();
        }
        Set<String> onRides = boarding.codesOnRidesOf(trip.get().id());
        List<Passenger> passengers = trips.seatHolders(trip.get().id()).stream()
                .filter(holder -> !onRides.contains(holder.referenceCode()))
                .map(holder -> new Passenger(holder.signupId(), holder.firstName(), holder.lastName(),
                        holder.language(), holder.wheelchair() ? 0 : 1, holder.wheelchair(), false,
                        holder.boardedAt() != null ? Passenger.Boarding.BOARDED
                                : holder.noShowAt() != null ? Passenger.Boarding.NO_SHOW : Passenger.Boarding.EXPECTED,
                        Passenger.Source.SIGN_UP))
                .toList();
        audit.record(actor, "viewed the escort's list of ride " + ride.id() + " at the departure point of event "
                + trip.get().id());
        return passengers;
    }

    /**
     * Ticks a booking boarded, not come, or back to expected (undo).
     *
     * @throws NotChangeableException the booking was cancelled meanwhile, or is not on this ride
     */
    @Transactional
    public void mark(long rideId, long bookingId, Passenger.Boarding state, Actor actor) {
        OffsetDateTime now = now();
        if (!boarding.mark(rideId, bookingId, state, now)) {
            throw new NotChangeableException(String.valueOf(bookingId));
        }
        rides.outbox(bookingId, now);
        audit.record(actor, "marked ride booking " + bookingId + " " + state.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Ticks a passenger of the bus: a ride booking, or a trip's sign-up at the departure point (on the sign-up).
     *
     * @throws NotChangeableException cancelled meanwhile, or not of this bus
     */
    @Transactional
    public void mark(Ride ride, Passenger passenger, Passenger.Boarding state, Actor actor) {
        if (passenger.source() == Passenger.Source.RIDE_BOOKING) {
            mark(ride.id(), passenger.bookingId(), state, actor);
            return;
        }
        SignupEvent trip = departurePointOf(ride).orElseThrow(
                () -> new NotChangeableException(String.valueOf(passenger.bookingId())));
        OffsetDateTime now = now();
        trips.mark(trip.id(), passenger.bookingId(), state == Passenger.Boarding.BOARDED ? now : null,
                state == Passenger.Boarding.NO_SHOW ? now : null);
        audit.record(actor, "marked sign-up " + passenger.bookingId() + " " + state.name().toLowerCase(Locale.ROOT)
                + " at the bus of ride " + ride.id());
    }

    /**
     * Adds someone at the stop who had no booking, boarded at once, through the same conditional UPDATE of the ride's
     * places as any booking.
     *
     * @throws fi.palvelupiste.kiosk.signup.RideFullException no seat or wheelchair place left for them
     * @throws IllegalArgumentException the name breaks the name rule
     */
    @Transactional
    public long walkOn(long stopId, Person person, int seats, boolean wheelchair, Actor actor, Locale locale) {
        RideBooking booking = bookings.bookWalkOn(new RideRequest(stopId, seats, wheelchair), person, actor, locale);
        // goes up with the booking's own outbox row, written in this transaction
        boarding.markWalkOn(booking.id(), now());
        return booking.id();
    }

    /** The bus's places and people: from its bookings while kept, and from the counts kept after. */
    public BusCounts counts(long rideId) {
        Ride ride = rides.find(rideId).orElseThrow(() -> new NotChangeableException("ride " + rideId));
        int[] people = ride.personalDataDeletedAt() == null ? boarding.live(rideId) : boarding.kept(rideId);
        // those who met the bus at the departure point are on board too (and get a snack)
        int fromDeparturePoint = departurePointOf(ride).map(trip -> trips.boarded(trip.id())).orElse(0);
        return new BusCounts(ride.seats(), ride.seatsBooked(), ride.wheelchairPlaces(), ride.wheelchairBooked(),
                people[0] + fromDeparturePoint, people[1], people[2]);
    }

    /** The ride's confirmed bookings per stop and language for the funders' report: live while kept, then as kept. */
    public List<StopTally> tallies(Ride ride) {
        return ride.personalDataDeletedAt() == null ? rides.liveTallies(ride.id()) : rides.keptTallies(ride.id());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
