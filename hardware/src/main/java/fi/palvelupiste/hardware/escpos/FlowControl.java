package fi.palvelupiste.hardware.escpos;

/** How the serial line is throttled when the printer's buffer is full. */
public enum FlowControl {
    /** Nothing: cheap TTL printers; the baud rate must be low enough for the printer to keep up. */
    NONE,
    /** Hardware handshake on the CTS line (an Epson's DTR/DSR busy signal is wired to it by the usual cable). */
    RTS_CTS,
    /** Software handshake: the printer sends XOFF (0x13) when busy and XON (0x11) when ready. */
    XON_XOFF
}
