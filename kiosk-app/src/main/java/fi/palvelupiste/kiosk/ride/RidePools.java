package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.sync.Pools;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * A hub ride's seats, or its wheelchair places, held by sites in escrow ({@link fi.palvelupiste.kiosk.sync.Escrow}): on
 * the hub a ride's booked count of the {@link RideCounter} counts the places granted to sites; on a kiosk a hub ride's
 * capacity is what the hub granted minus what the kiosk gave back. Rides have no waitlist: a resident who finds a ride
 * full is told so at once.
 */
class RidePools implements Pools {

    /** The two pools of every hub ride. */
    @Configuration(proxyBeanMethods = false)
    static class Both {

        @Bean
        RidePools rideSeats(RideRepository rides, SharedRides shared, Clock clock) {
            return new RidePools(RideCounter.SEATS, rides, shared, clock);
        }

        @Bean
        RidePools rideWheelchairPlaces(RideRepository rides, SharedRides shared, Clock clock) {
            return new RidePools(RideCounter.WHEELCHAIR, rides, shared, clock);
        }
    }

    private final RideCounter counter;
    private final RideRepository rides;
    private final SharedRides shared;
    private final Clock clock;

    RidePools(RideCounter counter, RideRepository rides, SharedRides shared, Clock clock) {
        this.counter = counter;
        this.rides = rides;
        this.shared = shared;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return counter.kind;
    }

    @Override
    public List<AtSite> openAt(String siteId) {
        return shared.openAt(siteId).stream()
                .map(ride -> new AtSite(ride.publicId(), rides.usedBy(counter, ride.id(), siteId), false)).toList();
    }

    @Override
    public boolean offeredAt(UUID pool, String siteId) {
        return rides.findByPublicId(pool).filter(ride -> shared.offeredAt(ride, siteId)).isPresent();
    }

    @Override
    public boolean reserve(UUID pool, int places) {
        return rides.reserve(counter, pool, places, now());
    }

    @Override
    public void release(UUID pool, int places) {
        rides.release(counter, pool, places, now());
    }

    @Override
    public OptionalInt free(UUID pool) {
        return rides.findByPublicId(pool).map(ride -> OptionalInt.of(ride.free(counter))).orElse(OptionalInt.empty());
    }

    @Override
    public boolean take(UUID pool, int granted, int hubFree) {
        if (rides.findByPublicId(pool).filter(Ride::fromHub).isEmpty()) {
            return false;
        }
        rides.takeGrant(counter, pool, granted, hubFree, now());
        return true;
    }

    @Override
    public void grew(Set<UUID> pools) {
        // no waitlist: the places wait for the next resident
    }

    @Override
    public int returnSpare(UUID pool) {
        return rides.returnSpare(counter, pool, now());
    }

    @Override
    public Map<UUID, Integer> returnedHere() {
        return rides.returnedPlaces(counter);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
