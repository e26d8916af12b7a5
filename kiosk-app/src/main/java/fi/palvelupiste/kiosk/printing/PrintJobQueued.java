package fi.palvelupiste.kiosk.printing;

/** Published inside the transaction that stored a print job; the worker wakes when it commits. */
record PrintJobQueued(long jobId) {
}
