package fi.palvelupiste.kiosk.forms;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a form: its texts in the languages it is written in, who last edited it, and whether it is a
 * draft, the published one or an earlier published one. Travels to the hub: public id, site, UTC timestamps.
 */
public record FormVersion(
        long id,
        UUID publicId,
        String siteId,
        long formId,
        int number,
        FormStatus status,
        FormTexts texts,
        String editedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime publishedAt) {
}
