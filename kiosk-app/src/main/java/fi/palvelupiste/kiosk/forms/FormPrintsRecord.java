package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.sync.CountsUp;

import java.util.UUID;

/**
 * A kiosk's count of a form's prints on a day in one language as it goes up to the hub, and the hub's copy of it: no
 * personal data. The form comes by its public id with its code and title, so a form the kiosk made itself is counted
 * too.
 *
 * @param form    the form's public id
 * @param version the kiosk's outbox number of this count: the hub keeps the highest it has seen
 */
public record FormPrintsRecord(UUID publicId, String siteId, UUID form, FormPrintCount count, long version)
        implements CountsUp.Count {
}
