package fi.palvelupiste.kiosk;

import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.hardware.virtual.VirtualPrinter;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Test access to what the virtual printer printed, waiting for the print worker where needed. */
public final class VirtualPrinterOutput {

    private VirtualPrinterOutput() {
    }

    public static VirtualPrinter of(PrinterPort port) {
        return (VirtualPrinter) port;
    }

    /** Waits (up to 10 s) for a printed slip whose text matches, and returns it. */
    public static PrintedSlip awaitSlip(PrinterPort port, Predicate<String> textMatches) {
        return await("a matching slip from the virtual printer").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> find(port, textMatches), Optional::isPresent)
                .orElseThrow();
    }

    public static Optional<PrintedSlip> find(PrinterPort port, Predicate<String> textMatches) {
        return of(port).recent(100).stream().filter(slip -> textMatches.test(slip.text())).findFirst();
    }
}
