package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

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
    private final AuditLog audit;
    private final Clock clock;

    RideBoarding(RideRepository rides, BoardingRepository boarding, RideBookings bookings, AuditLog audit, Clock clock) {
        this.rides = rides;
        this.boarding = boarding;
        this.bookings = bookings;
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
        return new BusCounts(ride.seats(), ride.seatsBooked(), ride.wheelchairPlaces(), ride.wheelchairBooked(),
                people[0], people[1], people[2]);
    }

    /** The ride's confirmed bookings per stop and language for the funders' report: live while kept, then as kept. */
    public List<StopTally> tallies(Ride ride) {
        return ride.personalDataDeletedAt() == null ? rides.liveTallies(ride.id()) : rides.keptTallies(ride.id());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
