package fi.palvelupiste.kiosk.campaign;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One round of a campaign in a municipality: from its first to its last day, with the partners who run it.
 *
 * @param copiedFrom the round it was copied from, or null for a first round
 */
public record Campaign(long id, UUID publicId, String siteId, String name, String municipality, LocalDate firstDate,
                       LocalDate lastDate, String partners, @Nullable Long copiedFrom, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt) {
}
