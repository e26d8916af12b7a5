package fi.palvelupiste.hardware.printer;

/**
 * A job could not be handed to the printer; the status says why, where known, and {@link #bytesSent()} how much of
 * the job had already gone out: zero means no paper moved and the job may be sent again as it is; more means a
 * slip may have come out cut off, and sending it again would give the resident a partial slip and then a whole one.
 */
public class PrinterException extends Exception {

    private final PrinterStatus status;
    private final int bytesSent;

    public PrinterException(String message, PrinterStatus status) {
        this(message, status, 0, null);
    }

    public PrinterException(String message, PrinterStatus status, Throwable cause) {
        this(message, status, 0, cause);
    }

    public PrinterException(String message, PrinterStatus status, int bytesSent, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.bytesSent = bytesSent;
    }

    public PrinterStatus status() {
        return status;
    }

    /** How many of the job's bytes reached the line before it failed. */
    public int bytesSent() {
        return bytesSent;
    }
}
