package fi.palvelupiste.kiosk.printing;

/** Where a print job is on its way to paper. */
public enum PrintJobStatus {
    /** Waiting for the printer, or waiting to be tried again after a failure. */
    QUEUED,
    /** Being written to the printer right now. */
    SENDING,
    /** Handed to the printer. */
    DONE,
    /** Given up: expired while the printer was out, or interrupted by a restart. Staff may reprint. */
    FAILED;

    public boolean isFinal() {
        return this == DONE || this == FAILED;
    }
}
