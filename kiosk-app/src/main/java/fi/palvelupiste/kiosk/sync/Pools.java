package fi.palvelupiste.kiosk.sync;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * One kind of bounded counter whose places the hub's sites hold in escrow ({@link Escrow}): a slot's places, a ride's
 * seats, its wheelchair places. A feature implements it over its own table, where one column counts the places taken
 * and a CHECK keeps it within the capacity. On the hub the places taken are the ones granted to sites; on a kiosk the
 * capacity of a hub record is what the hub granted minus what the kiosk gave back.
 */
public interface Pools {

    /** The pools' kind, e.g. {@code SLOT}: with the pool's public id, the key of a grant. */
    String kind();

    // ---- the hub

    /**
     * A pool a site's kiosks hold places of now (of an open event or ride offered there).
     *
     * @param used    the places the site has confirmed, as far as its kiosk has told the hub
     * @param waiting whether the site's residents are on a waitlist for it
     */
    record AtSite(UUID pool, int used, boolean waiting) {
    }

    /** The pools of what is offered at the site and still open for booking. */
    List<AtSite> openAt(String siteId);

    /** Whether the site's kiosks may hold places of the pool. */
    boolean offeredAt(UUID pool, String siteId);

    /** Takes places from the pool for a site, only if it has them. */
    boolean reserve(UUID pool, int places);

    /** Puts places a site gave back into the pool. */
    void release(UUID pool, int places);

    /** The places left in the pool, or empty when there is no such pool. */
    OptionalInt free(UUID pool);

    // ---- a kiosk

    /**
     * The hub's count of the places granted here, all time, and what it still has: the capacity here follows. An older
     * count (smaller than the one held) changes nothing.
     *
     * @return whether there is such a pool here
     */
    boolean take(UUID pool, int granted, int hubFree);

    /** After places arrived: they go to whoever waits for them here (a waitlist). */
    void grew(Set<UUID> pools);

    /** Gives back the places held here and not booked; returns how many. */
    int returnSpare(UUID pool);

    /** The places given back, per pool, all time: the kiosk's side of the grants. */
    Map<UUID, Integer> returnedHere();
}
