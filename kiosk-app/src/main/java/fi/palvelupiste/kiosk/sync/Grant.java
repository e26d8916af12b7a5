package fi.palvelupiste.kiosk.sync;

import java.util.UUID;

/**
 * A site's places in a pool (escrow, DESIGN.md §8), as the hub tells the site's kiosk.
 *
 * @param kind        the pool's kind ({@link Pools#kind()})
 * @param granted     the places granted to the site, all time (it only grows)
 * @param hubFree     the places still in the hub's pool
 * @param returnSpare the pool is empty and another site asked for places in vain: the kiosk should give back the
 *                    places it holds and has not booked, so that a kiosk whose residents need them can have them
 */
public record Grant(String kind, UUID pool, int granted, int hubFree, boolean returnSpare) {
}
