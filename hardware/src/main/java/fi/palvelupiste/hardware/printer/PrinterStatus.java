package fi.palvelupiste.hardware.printer;

/** What the kiosk knows about its printer right now. */
public enum PrinterStatus {
    READY,
    PAPER_NEAR_END,
    PAPER_OUT,
    COVER_OPEN,
    OFFLINE,
    DISCONNECTED,
    /** The printer does not answer status queries (many cheap models never do): not an error by itself. */
    UNKNOWN;

    /** Whether a job sent now can be expected to come out on paper. */
    public boolean canPrint() {
        return this == READY || this == PAPER_NEAR_END || this == UNKNOWN;
    }
}
