package fi.palvelupiste.kiosk.hub;

import java.time.OffsetDateTime;

/** A service point on the hub: its id is written on every record its kiosks make. */
public record Site(String id, String name, String municipality, OffsetDateTime createdAt) {
}
