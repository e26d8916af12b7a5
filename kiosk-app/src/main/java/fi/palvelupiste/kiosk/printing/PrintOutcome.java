package fi.palvelupiste.kiosk.printing;

/** A print job as the resident sees it. */
public enum PrintOutcome {
    PRINTING,
    /** Handed to a printer that said it could print. */
    PRINTED,
    /**
     * Handed to a printer model that cannot report its state: the slip should come, but the screen must not
     * promise it (it says what to remember if nothing comes out).
     */
    SENT,
    /** The printer could not print it (out of paper, off): the screen shows the number or code instead. */
    NOT_PRINTED
}
