package fi.palvelupiste.kiosk.forms;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a form: its texts in the languages it is written in, whether it prints with Finnish beside the
 * resident's language, who last edited it, and whether it is a draft, the published one or an earlier published one.
 * Travels to the hub: public id, site, UTC timestamps.
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
        OffsetDateTime publishedAt,
        boolean printWithFinnish) {

    /** What an editor changes: the texts and how they print. */
    public FormContent content() {
        return new FormContent(texts, printWithFinnish);
    }
}
