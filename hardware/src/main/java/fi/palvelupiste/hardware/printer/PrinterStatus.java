package fi.palvelupiste.hardware.printer;

/** What the kiosk knows about its printer right now. */
public enum PrinterStatus {
    READY,
    PAPER_NEAR_END,
    PAPER_OUT,
    COVER_OPEN,
    /** Switched off, paused or broken: it says so, or it stopped answering although it answers status. */
    OFFLINE,
    DISCONNECTED,
    /**
     * A model that does not answer status queries (its profile says so) and never has: jobs are sent to it, but
     * nobody can say whether paper came out.
     */
    UNKNOWN;

    /** Whether a job should be sent now: the printer can print, or it is a model that cannot tell. */
    public boolean canPrint() {
        return this == READY || this == PAPER_NEAR_END || this == UNKNOWN;
    }

    /** Whether the printer has said that it can print: only then may a screen promise paper. */
    public boolean confirmsPrinting() {
        return this == READY || this == PAPER_NEAR_END;
    }
}
