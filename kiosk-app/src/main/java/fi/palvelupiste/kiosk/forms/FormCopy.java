package fi.palvelupiste.kiosk.forms;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A hub form as every kiosk receives it: its published version only (drafts stay on the hub). Named by public ids.
 */
public record FormCopy(UUID publicId, String siteId, String code, int sortOrder, UUID version, FormTexts texts,
                       OffsetDateTime publishedAt, boolean printWithFinnish) {
}
