package fi.palvelupiste.kiosk.bench;

import fi.palvelupiste.hardware.serial.FakeThermalPrinter;
import fi.palvelupiste.kiosk.e2e.Chromium;
import fi.palvelupiste.kiosk.e2e.KioskProcess;
import org.awaitility.Awaitility;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark, not a test: from a resident's tap on a service button to the last byte of the ticket at a printer.
 * The production jar runs as on the Pi and prints to a fake thermal printer at the far end of a socat pty pair
 * (it answers the status queries as a real one does); the tap is Chromium's pointerdown on the button, in the page's
 * clock, and the last byte is the fake printer's clock: one machine, one clock. A pty has no baud rate, so the
 * serial line's own time is not in the figure (it is printed beside it, for the profile's speed).
 * Prints p50, p95 and max over the given number of tickets. Run with bench/tap-latency.
 */
public final class TapLatencyBench {

    private static final String RECORD_TAPS = """
            window.tapAt = 0;
            document.addEventListener('pointerdown', () => { window.tapAt = Date.now(); }, true);
            """;
    private static final int WARM_UP = 10;
    private static final int PROFILE_BAUD = 9600;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path jar = Path.of(args.length > 1 ? args[1] : "kiosk-app/target/palvelupiste-kiosk.jar").toAbsolutePath();
        Path work = Files.createTempDirectory("tap-latency");
        try (FakeThermalPrinter printer = new FakeThermalPrinter(work);
             KioskProcess kiosk = new KioskProcess(jar, work.resolve("data"), List.of(),
                     List.of("--kiosk.printer.port=" + printer.devicePath(), "--kiosk.idle.timeout=600s"))) {
            if (!kiosk.start(Duration.ofMinutes(3))) {
                throw new IllegalStateException("the kiosk did not start; see " + kiosk.log());
            }
            WebDriver browser = Chromium.start(800, 480);
            Chromium.panel(browser, 800, 480);
            try {
                run(count, kiosk, printer, browser);
            } finally {
                browser.quit();
            }
        }
    }

    private static void run(int count, KioskProcess kiosk, FakeThermalPrinter printer, WebDriver browser) {
        ResidentMoves moves = new ResidentMoves(browser, kiosk.url("/"));
        moves.openStart();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(RECORD_TAPS);
        List<Long> latencies = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < count + WARM_UP; i++) {
            printer.clearPaper();
            String number = moves.ticket();
            byte[] ticket = lastByteOf(printer, number);
            long tappedAt = ((Number) js.executeScript("return window.tapAt;")).longValue();
            if (i >= WARM_UP) { // the first tickets warm up the JVM, the browser and the pty
                latencies.add(printer.lastPrintedAt() - tappedAt);
                bytes += ticket.length;
            }
            moves.ticketDone();
        }
        Collections.sort(latencies);
        long averageBytes = bytes / latencies.size();
        System.out.printf("tap-latency: %d tickets, tap on the service button -> last byte of the ticket at a fake "
                + "printer on a pty (%d B a ticket on average)%n", latencies.size(), averageBytes);
        System.out.printf("  p50 %d ms, p95 %d ms (goal <= 100 ms), max %d ms, min %d ms%n", Percentiles.of(latencies, 50),
                Percentiles.of(latencies, 95), latencies.getLast(), latencies.getFirst());
        System.out.printf("  not included: the serial line itself, %d ms for %d B at %d baud (8N1)%n",
                averageBytes * 10 * 1000 / PROFILE_BAUD, averageBytes, PROFILE_BAUD);
    }

    /** Waits until the ticket with this number is on paper and no byte has come for 300 ms. */
    private static byte[] lastByteOf(FakeThermalPrinter printer, String number) {
        return Awaitility.await(number + " on paper").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .until(printer::printed, paper -> new String(paper, StandardCharsets.ISO_8859_1).contains(number)
                        && System.currentTimeMillis() - printer.lastPrintedAt() > 300);
    }

}
