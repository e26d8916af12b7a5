package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A trip's sign-ups at its bus (issue #12's bus day): everyone with a seat on the shared bus, ticked boarded or not
 * come by the escort. Those who also booked a ride from a village are ticked on their ride booking (the ride feature
 * knows which), the rest here on the sign-up.
 */
@Service
public class TripBoarding {

    private final SignupRepository signups;
    private final EventRepository events;
    private final SignupSync signupsUp;

    TripBoarding(SignupRepository signups, EventRepository events, SignupSync signupsUp) {
        this.signups = signups;
        this.events = events;
        this.signupsUp = signupsUp;
    }

    /** The confirmed sign-ups of a trip (an event booked by seats), by surname; none for other kinds of event. */
    @Transactional(readOnly = true)
    public List<SeatHolder> seatHolders(long eventId) {
        boolean trip = events.find(eventId).filter(e -> e.kind().unit() == BookingUnit.SEATS).isPresent();
        return trip ? signups.seatHolders(eventId) : List.of();
    }

    /**
     * Ticks a sign-up boarded, not come, or back to expected (both null).
     *
     * @throws NotChangeableException the sign-up was cancelled meanwhile, or is not of this event
     */
    @Transactional
    public void mark(long eventId, long signupId, @Nullable OffsetDateTime boardedAt,
                     @Nullable OffsetDateTime noShowAt) {
        if (!signups.markAtBus(eventId, signupId, boardedAt, noShowAt)) {
            throw new NotChangeableException(String.valueOf(signupId));
        }
        // a hub trip's ticks go up with the sign-up, as the photo day's check-ins do
        signupsUp.marked(signupId);
    }

    /** How many of the trip's sign-ups boarded: from the ticks while kept, and from the counts kept after. */
    @Transactional(readOnly = true)
    public int boarded(long eventId) {
        boolean deleted = events.find(eventId).map(e -> e.personalDataDeletedAt() != null).orElse(true);
        return deleted ? signups.checkedInKept(eventId)
                : (int) signups.seatHolders(eventId).stream().filter(s -> s.boardedAt() != null).count();
    }
}
