package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Rides the hub shares with its sites (DESIGN.md §8). A ride to an event is offered where its event is; a ride on its
 * own at the sites the coordinator chooses. On a kiosk: applying copies with their stops, in the transaction that
 * applies the events they go to; the copies are read-only here. Seats and wheelchair places are not in the copies:
 * they are each site's grants ({@link RidePools}).
 */
@Service
public class SharedRides {

    private static final Logger log = LoggerFactory.getLogger(SharedRides.class);

    private final RideRepository rides;
    private final SharedEvents events;
    private final SignupBooking signups;
    private final AuditLog audit;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    SharedRides(RideRepository rides, SharedEvents events, SignupBooking signups, AuditLog audit,
                ApplicationEventPublisher published, Clock clock) {
        this.rides = rides;
        this.events = events;
        this.signups = signups;
        this.audit = audit;
        this.published = published;
        this.clock = clock;
    }

    // ---- the hub

    /** The sites whose kiosks offer the ride: its event's, or for a ride on its own, the ones chosen for it. */
    @Transactional(readOnly = true)
    public Set<String> sitesOf(long rideId) {
        Ride ride = rides.find(rideId).orElseThrow(() -> new RideRefusedException("ride.error.not-found"));
        return ride.standalone() ? new TreeSet<>(rides.sitesOf(rideId)) : events.sitesOf(ride.eventId());
    }

    /**
     * The sites that offer a ride on its own from now on. A site whose residents have booked it stays. A withdrawn
     * site's kiosk takes no more bookings and gives back the places it holds.
     *
     * @throws RideRefusedException {@code ride.error.sites-of-event} for a ride to an event (it goes where its event
     *                              goes), {@code ride.error.site-takes-part} (nothing changes)
     */
    @Transactional
    public void offerAt(long rideId, Collection<String> siteIds, Actor actor) {
        Ride ride = rides.find(rideId).orElseThrow(() -> new RideRefusedException("ride.error.not-found"));
        if (!ride.standalone()) {
            throw new RideRefusedException("ride.error.sites-of-event");
        }
        Set<String> before = sitesOf(rideId);
        Set<String> after = new TreeSet<>(siteIds);
        for (String site : before) {
            if (!after.contains(site)) {
                if (rides.bookingsBy(rideId, site) > 0) {
                    throw new RideRefusedException("ride.error.site-takes-part");
                }
                rides.withdraw(rideId, site);
            }
        }
        after.stream().filter(site -> !before.contains(site)).forEach(site -> rides.offer(rideId, site));
        if (!before.equals(after)) {
            audit.record(actor, "offered ride " + rideId + " at sites " + String.join(", ", after));
            published.publishEvent(new SharedRideChanged(ride.publicId()));
        }
    }

    /** The rides offered at a site that can still be booked: the site's kiosks hold places of them. */
    @Transactional(readOnly = true)
    public List<Ride> openAt(String siteId) {
        List<Ride> open = new ArrayList<>();
        for (long eventId : events.openEventsAt(siteId)) {
            rides.ofEvent(eventId).stream().filter(ride -> ride.personalDataDeletedAt() == null).forEach(open::add);
        }
        open.addAll(rides.standaloneOfferedAt(siteId, LocalDate.now(clock)));
        return open;
    }

    boolean offeredAt(Ride ride, String siteId) {
        return ride.standalone() ? !rides.draft(ride.id()) && rides.sitesOf(ride.id()).contains(siteId)
                : events.offered(ride.eventId(), siteId);
    }

    /** The ride as the site's kiosks get it; empty when it is not (or no longer) offered there. */
    @Transactional(readOnly = true)
    public Optional<RideCopy> copyFor(UUID ridePublicId, String siteId) {
        return rides.findByPublicId(ridePublicId).filter(ride -> offeredAt(ride, siteId))
                .map(ride -> RideCopy.of(ride, ride.standalone() ? null
                        : signups.event(ride.eventId()).map(SignupEvent::publicId).orElse(null), rides.stops(ride.id())));
    }

    /** The public ids of an event's rides: they change where the event is offered when it does. */
    @Transactional(readOnly = true)
    public List<UUID> ridesOf(UUID eventPublicId) {
        return events.idOf(eventPublicId).map(id -> rides.ofEvent(id).stream().map(Ride::publicId).toList())
                .orElse(List.of());
    }

    // ---- a kiosk

    /**
     * Applies ride copies from the hub and the rides it no longer offers here, in the caller's transaction (after the
     * events they go to). A new ride starts with no places (they come with the grants); a stop the hub removed goes
     * when nobody booked it. A withdrawn ride takes no more bookings and gives back its unbooked places.
     */
    @Transactional
    public void apply(List<RideCopy> copies, Collection<UUID> withdrawn) {
        OffsetDateTime now = now();
        for (RideCopy copy : copies) {
            store(copy, now);
        }
        for (UUID gone : withdrawn) {
            rides.findByPublicId(gone).filter(Ride::fromHub).ifPresent(ride -> {
                rides.close(ride.id(), true, now);
                for (RideCounter counter : RideCounter.values()) {
                    rides.returnSpare(counter, ride.publicId(), now);
                }
            });
        }
    }

    private void store(RideCopy copy, OffsetDateTime now) {
        Long eventId = null;
        if (copy.event() != null) {
            Optional<Long> event = events.idOf(copy.event());
            if (event.isEmpty()) {
                log.warn("The hub's ride {} goes to event {}, which this kiosk does not have: not taken",
                        copy.publicId(), copy.event());
                return;
            }
            eventId = event.get();
        }
        Optional<Ride> existing = rides.findByPublicId(copy.publicId());
        if (existing.isPresent() && !existing.get().fromHub()) {
            if (rides.bookingsOf(existing.get().id()) > 0) {
                log.warn("The hub's ride {} has the public id of this kiosk's own ride {}, which has bookings: it stays "
                        + "this kiosk's, and the hub's copy is not taken", copy.publicId(), existing.get().id());
                return;
            }
            rides.holdNothing(existing.get().id());
            rides.markFromHub(existing.get().id());
            existing = rides.find(existing.get().id());
        }
        long id;
        if (existing.isEmpty()) {
            id = rides.insert(copy.publicId(), copy.siteId(), copy.draft(eventId, 0, 0), copy.date(), now);
            rides.markFromHub(id);
        } else {
            Ride here = existing.get();
            id = here.id();
            rides.update(id, copy.draft(eventId, here.seats(), here.wheelchairPlaces()), copy.date(), now);
            rides.close(id, false, now);
        }
        rides.unorderStops(id);
        Set<UUID> kept = new HashSet<>();
        for (RideCopy.StopCopy stop : copy.stops()) {
            kept.add(stop.publicId());
            rides.stopByPublicId(stop.publicId()).filter(here -> here.rideId() != id).ifPresent(here -> {
                throw new IllegalArgumentException("stop " + stop.publicId() + " is another ride's here");
            });
            rides.putStop(stop.publicId(), copy.siteId(), id, stop.position(), stop.village(), stop.pickupPoint(),
                    stop.pickupAt(), now);
        }
        for (RideStop stop : rides.stops(id)) {
            if (!kept.contains(stop.publicId())) {
                rides.removeStop(stop.id(), id, now);
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
