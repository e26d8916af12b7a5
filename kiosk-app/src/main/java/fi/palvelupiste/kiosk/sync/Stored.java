package fi.palvelupiste.kiosk.sync;

import java.util.List;
import java.util.UUID;

/**
 * What the hub did with the records a kiosk sent.
 *
 * @param stored  how many of the states were new to the hub
 * @param refused the records it could not store (a record it has no place for, e.g. an event or time it does not
 *                have, or a place it never granted); the kiosk notes them and sends what follows
 */
public record Stored(int stored, List<UUID> refused) {
}
