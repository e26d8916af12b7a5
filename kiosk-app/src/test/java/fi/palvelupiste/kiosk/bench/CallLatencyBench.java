package fi.palvelupiste.kiosk.bench;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.KioskApplication;
import fi.palvelupiste.kiosk.e2e.Chromium;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.Desk;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.queue.Ticket;
import fi.palvelupiste.kiosk.queue.TicketService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark, not a test: time from a desk's "call next" to the number appearing on the waiting-room display page
 * in headless Chromium (Vaadin push). The page records when each number appears (MutationObserver, Date.now());
 * the call's start is taken just before QueueDesk.callNext, the same server method the staff button runs.
 * Prints p50, p95 and max over the given number of calls. Run with bench/call-latency.
 */
public final class CallLatencyBench {

    private static final String RECORD_ARRIVALS = """
            window.seen = {};
            const target = document.getElementById('display-now');
            new MutationObserver(() => {
              target.querySelectorAll('.display-number').forEach(n => {
                if (!(n.textContent in window.seen)) { window.seen[n.textContent] = Date.now(); }
              });
            }).observe(target, { childList: true, subtree: true, characterData: true });
            """;

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path data = Files.createTempDirectory("call-latency");
        ConfigurableApplicationContext app = SpringApplication.run(KioskApplication.class,
                "--server.port=0", "--spring.main.banner-mode=off", "--kiosk.data-dir=" + data, "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        WebDriver browser = Chromium.start(1280, 800);
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TicketService tickets = app.getBean(TicketService.class);
            QueueDesk queueDesk = app.getBean(QueueDesk.class);
            ServiceQueue queue = tickets.queuesTakingTickets().getFirst();
            Desk desk = queueDesk.desks().getFirst();

            browser.get("http://localhost:" + port + "/display?speech=none");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("display-now")));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            js.executeScript(RECORD_ARRIVALS);

            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < calls + 10; i++) {
                tickets.take(queue.id(), false, Language.FI.locale());
                long start = System.currentTimeMillis();
                Ticket called = queueDesk.callNext(desk.id(), queue.id(), Actor.staff("bench")).orElseThrow();
                Object seenAt = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (seenAt == null && System.nanoTime() < deadline) {
                    seenAt = js.executeScript("return window.seen[arguments[0]];", called.displayNumber());
                }
                if (seenAt == null) {
                    throw new IllegalStateException(called.displayNumber() + " never appeared on the display");
                }
                if (i >= 10) { // the first calls warm up the JVM and the browser
                    latencies.add(((Number) seenAt).longValue() - start);
                }
            }
            Collections.sort(latencies);
            System.out.printf("call-latency: %d calls, call next -> number on the display (push)%n", latencies.size());
            System.out.printf("  p50 %d ms, p95 %d ms, max %d ms, min %d ms%n", Percentiles.of(latencies, 50),
                    Percentiles.of(latencies, 95), latencies.getLast(), latencies.getFirst());
        } finally {
            browser.quit();
            app.close();
        }
    }
}
