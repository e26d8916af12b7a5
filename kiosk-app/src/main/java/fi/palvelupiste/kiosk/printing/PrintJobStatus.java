package fi.palvelupiste.kiosk.printing;

/** Where a print job is on its way to paper. Every state but QUEUED is left only by staff (a reprint is a new job). */
public enum PrintJobStatus {
    /** Waiting for the printer, or waiting to be tried again after the printer refused it untouched. */
    QUEUED,
    /** Being written to the printer right now (stored before the first byte goes out). */
    SENDING,
    /** All of it was handed to a printer that could print. */
    PRINTED,
    /** Cut off while sending, or the kiosk stopped while sending: the slip may be partial. Staff may reprint. */
    INCOMPLETE,
    /** The resident's screen said the slip would not come: it waits for staff instead of printing later. */
    HELD,
    /** Given up without sending: expired while the printer was out, or could not be encoded. Staff may reprint. */
    FAILED;

    public boolean isFinal() {
        return this != QUEUED && this != SENDING;
    }
}
