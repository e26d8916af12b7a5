package fi.palvelupiste.kiosk.audit;

import java.time.OffsetDateTime;

/** One line of the audit log: at what time (UTC), who (a staff user name), what they looked at or did. */
public record AuditEntry(long id, OffsetDateTime at, String who, String what) {
}
