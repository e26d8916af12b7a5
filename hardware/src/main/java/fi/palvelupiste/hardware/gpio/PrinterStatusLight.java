package fi.palvelupiste.hardware.gpio;

import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.hardware.printer.PrinterStatusMonitor;

import java.util.Objects;

/**
 * Shows the printer status on the status LED; register it with a {@link PrinterStatusMonitor}.
 * <table>
 * <caption>LED per status</caption>
 * <tr><td>READY, UNKNOWN (a silent printer that can still print)</td><td>on</td></tr>
 * <tr><td>PAPER_NEAR_END, PAPER_OUT, COVER_OPEN, OFFLINE</td><td>blinking: staff needed</td></tr>
 * <tr><td>DISCONNECTED</td><td>off: no printer</td></tr>
 * </table>
 */
public final class PrinterStatusLight implements PrinterStatusMonitor.Listener {

    private final StatusLed led;

    public PrinterStatusLight(StatusLed led) {
        this.led = Objects.requireNonNull(led, "led");
    }

    public static StatusLed.Mode modeFor(PrinterStatus status) {
        return switch (status) {
            case READY, UNKNOWN -> StatusLed.Mode.ON;
            case PAPER_NEAR_END, PAPER_OUT, COVER_OPEN, OFFLINE -> StatusLed.Mode.BLINKING;
            case DISCONNECTED -> StatusLed.Mode.OFF;
        };
    }

    public void show(PrinterStatus status) {
        led.set(modeFor(status));
    }

    @Override
    public void statusChanged(PrinterStatus previous, PrinterStatus current) {
        show(current);
    }
}
