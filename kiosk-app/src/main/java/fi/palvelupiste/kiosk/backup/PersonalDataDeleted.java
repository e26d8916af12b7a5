package fi.palvelupiste.kiosk.backup;

import java.time.Instant;

/**
 * Published inside the transaction that deleted residents' personal data (retention): once it commits, copies of
 * the database made before this moment hold data that must be gone, and {@link CopiesOfDeletedData} removes them.
 */
public record PersonalDataDeleted(Instant at) {
}
