package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.DayShift;
import org.jspecify.annotations.Nullable;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.TypedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Planning rides: the coordinator defines them (route, vehicle, seats, wheelchair places) for an event or on their
 * own, and their pickup stops. Audited.
 */
@Service
public class RidePlanning {

    private final RideRepository rides;
    private final SignupBooking signups;
    private final AuditLog audit;
    private final SiteIdentity site;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    RidePlanning(RideRepository rides, SignupBooking signups, AuditLog audit, SiteIdentity site,
                 ApplicationEventPublisher published, Clock clock) {
        this.rides = rides;
        this.signups = signups;
        this.audit = audit;
        this.site = site;
        this.published = published;
        this.clock = clock;
    }


    public List<Ride> rides() {
        return rides.all();
    }

    public Optional<Ride> ride(long rideId) {
        return rides.find(rideId);
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
        // a hub event's rides are the hub's: planned there, with the event
        return signups.openEvents().stream().filter(e -> !e.date().isBefore(today) && !e.fromHub()).toList();
    }

    /**
     * Saves a new ride (rideId null) or changes one; an event's ride runs on the event's date.
     *
     * @throws RideRefusedException with what to fix
     */
    @Transactional
    public long save(Long rideId, RideDraft typed, Actor actor) {
        RideDraft draft = new RideDraft(typed.eventId(), typed.date(), 
                TypedText.require(typed.name(), "ride.admin.name", 120, false, RideRefusedException::new),
                text(typed.destination(), "ride.admin.destination", 120), typed.vehicle(), typed.seats(),
                typed.wheelchairPlaces(), typed.returnsAt(), text(typed.operatorName(), "ride.admin.operator", 120),
                text(typed.contactPhone(), "ride.admin.phone", 30));
        LocalDate date = draft.date();
        if (draft.eventId() != null) {
            date = signups.event(draft.eventId()).map(SignupEvent::date)
                    .orElseThrow(() -> new RideRefusedException("ride.error.event"));
        }
        if (draft.name().in(Language.FI).isEmpty()) {
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
            long id = rides.insert(UUID.randomUUID(), site.siteId(), draft, date, now);
            audit.record(actor, "created ride " + id);
            changed(id);
            return id;
        }
        editable(rideId).filter(r -> r.personalDataDeletedAt() == null)
                .orElseThrow(() -> new RideRefusedException("ride.error.not-found"));
        if (!rides.update(rideId, draft, date, now)) {
            throw new RideRefusedException("ride.error.below-booked");
        }
        audit.record(actor, "changed ride " + rideId);
        changed(rideId);
        return rideId;
    }

    /**
     * A copy of a ride for a campaign's next round: its vehicle, places and stops, {@code shift} later; for
     * {@code eventId} (the copy of its event, whose date it takes), or on its own when null.
     *
     * @return the copy's id
     */
    @Transactional
    public long copy(long rideId, DayShift shift, @Nullable Long eventId, Actor actor) {
        Ride ride = rides.find(rideId).orElseThrow(() -> new RideRefusedException("ride.error.not-found"));
        List<RideStop> stops = rides.stops(rideId);
        RideDraft same = RideCopy.of(ride, null, stops).draft(eventId, ride.seats(), ride.wheelchairPlaces());
        long id = save(null, same.on(shift.date(ride.date())), actor);
        OffsetDateTime now = now();
        for (RideStop stop : stops) {
            rides.insertStop(site.siteId(), id, stop.village(), stop.pickupPoint(), stop.pickupAt(), now);
        }
        changed(id);
        audit.record(actor, "copied ride " + rideId + " as ride " + id);
        return id;
    }

    @Transactional
    public long addStop(long rideId, String village, String pickupPoint, LocalTime pickupAt, Actor actor) {
        String villageText = text(village, "ride.admin.village", 60);
        String pointText = text(pickupPoint, "ride.admin.pickup-point", 120);
        if (villageText.isEmpty() || pickupAt == null) {
            throw new RideRefusedException("ride.error.stop");
        }
        editable(rideId).orElseThrow(() -> new RideRefusedException("ride.error.not-found"));
        long id = rides.insertStop(site.siteId(), rideId, villageText, pointText, pickupAt, now());
        audit.record(actor, "added stop " + id + " to ride " + rideId);
        changed(rideId);
        return id;
    }

    /**
     * Takes a stop off the route while no live booking gets on there (the organiser changes those bookings first, on
     * the bookings page, and tells the travellers); the other stops keep their order.
     *
     * @throws StopInUseException with how many bookings use it
     */
    @Transactional
    public void removeStop(long stopId, Actor actor) {
        RideStop stop = rides.stop(stopId).filter(s -> !s.removed())
                .orElseThrow(() -> new RideRefusedException("ride.error.not-found"));
        editable(stop.rideId());
        OffsetDateTime now = now();
        rides.lock(stop.rideId(), now);
        if (!rides.removeStop(stopId, stop.rideId(), now)) {
            throw new StopInUseException(rides.liveBookingsAt(stopId));
        }
        audit.record(actor, "removed stop " + stopId + " from ride " + stop.rideId());
        changed(stop.rideId());
    }

    /** A ride this node may change: not one that came from the hub, which alone changes it. */
    private Optional<Ride> editable(long rideId) {
        Optional<Ride> ride = rides.find(rideId);
        if (ride.filter(Ride::fromHub).isPresent()) {
            throw new RideRefusedException("ride.error.from-hub");
        }
        return ride;
    }

    /** On the hub, the change flows down to the kiosks (their copies); elsewhere nobody listens. */
    private void changed(long rideId) {
        rides.find(rideId).ifPresent(ride -> published.publishEvent(new SharedRideChanged(ride.publicId())));
    }

    /** A coordinator's text, cleaned, or refused with its field named ({@link TypedText}). */
    private static String text(String typed, String labelKey, int maxLength) {
        return TypedText.require(typed, labelKey, maxLength, false, RideRefusedException::new);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
