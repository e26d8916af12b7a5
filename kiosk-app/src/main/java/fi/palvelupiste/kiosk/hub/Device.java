package fi.palvelupiste.kiosk.hub;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A kiosk enrolled on the hub, as the sites page shows it.
 *
 * @param clockOffsetMillis how far the kiosk's clock was from the hub's at its last contact (kiosk minus hub)
 * @param printerState      the kiosk's printer at its last contact (a hardware PrinterStatus name)
 * @param peopleWaiting     tickets waiting in its queues at its last contact
 * @param outboxBacklog     records it still had to send at its last contact
 * @param backlogBefore     the same at the contact before
 * @param refusedRecords    records the hub has refused to store, all time, as the kiosk reported
 */
public record Device(long id, UUID publicId, String siteId, OffsetDateTime enrolledAt,
                     @Nullable OffsetDateTime revokedAt, @Nullable OffsetDateTime lastContactAt,
                     @Nullable String appVersion, @Nullable Long clockOffsetMillis,
                     @Nullable OffsetDateTime rotationAskedAt, @Nullable String printerState,
                     @Nullable Integer peopleWaiting, @Nullable Integer outboxBacklog,
                     @Nullable Integer backlogBefore, @Nullable Integer refusedRecords) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
