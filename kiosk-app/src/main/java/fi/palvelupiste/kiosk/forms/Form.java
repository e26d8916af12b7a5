package fi.palvelupiste.kiosk.forms;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A printable form: its identity and place in the kiosk's list; the texts are in its versions.
 *
 * @param code               short stable name, used in print job names and benchmarks ("valtakirja")
 * @param publishedVersionId the version residents print, if any
 */
public record Form(long id, UUID publicId, String siteId, String code, int sortOrder, Long publishedVersionId,
                   OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
