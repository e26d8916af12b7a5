package fi.palvelupiste.kiosk.printing;

/** A print job as the resident sees it. */
public enum PrintOutcome {
    PRINTING,
    PRINTED,
    /** The printer could not print it (out of paper, off): the screen shows the number or code instead. */
    NOT_PRINTED
}
