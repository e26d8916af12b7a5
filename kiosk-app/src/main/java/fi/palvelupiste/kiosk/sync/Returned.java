package fi.palvelupiste.kiosk.sync;

import java.util.UUID;

/** The places of a pool a kiosk has given back, all time: sent with every sync (the count only grows). */
public record Returned(String kind, UUID pool, int returned) {
}
