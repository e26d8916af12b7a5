package fi.palvelupiste.hardware.printer;

/**
 * Where encoded ESC/POS bytes go: the virtual printer, or a real printer on a serial line.
 * One port is used by one print worker at a time.
 */
public interface PrinterPort {

    /** Sends one whole job. Returns when the bytes have been handed over; throws when they could not be. */
    void print(String jobName, byte[] escPos) throws PrinterException;

    /** The printer's current state, asked before promising paper. */
    PrinterStatus status();

    /** A short human-readable description for staff: "virtual printer in data/printer", "/dev/ttyUSB0". */
    String describe();
}
