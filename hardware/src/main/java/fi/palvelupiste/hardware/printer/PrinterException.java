package fi.palvelupiste.hardware.printer;

/** A job could not be handed to the printer; the status says why, where known. */
public class PrinterException extends Exception {

    private final PrinterStatus status;

    public PrinterException(String message, PrinterStatus status) {
        super(message);
        this.status = status;
    }

    public PrinterException(String message, PrinterStatus status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public PrinterStatus status() {
        return status;
    }
}
