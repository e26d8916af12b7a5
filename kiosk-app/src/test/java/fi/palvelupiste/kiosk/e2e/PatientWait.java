package fi.palvelupiste.kiosk.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

/**
 * The browser tests' wait: 30 seconds for what a step should bring, ignoring elements a server round trip replaced.
 * When it runs out it says what the page was doing, so that a failure in CI can be read from its message alone: the
 * address, the headings, the open dialogs and notifications, whether Vaadin's client still waited for the server,
 * the browser's last console warnings and errors, how long the server took to answer its health check just then,
 * and a screenshot.
 */
final class PatientWait extends WebDriverWait {

    private static final AtomicInteger TIMEOUTS = new AtomicInteger();

    private static final String PAGE_STATE = """
            const names = s => [...document.querySelectorAll(s)].map(e => e.id || e.localName);
            const clients = window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients
                ? Object.values(Vaadin.Flow.clients).filter(c => c.isActive).map(c => c.isActive()) : [];
            const focused = document.activeElement;
            return 'page ' + location.href + ' (' + document.readyState + ', lang ' + document.documentElement.lang
                + '), headings ' + JSON.stringify([...document.querySelectorAll('h1, h2')].map(h => h.textContent))
                + ', dialogs ' + JSON.stringify(names('vaadin-dialog[opened], vaadin-dialog-overlay[opened]'))
                + ', notifications ' + JSON.stringify(names('vaadin-notification-card'))
                + ', Vaadin waiting for the server ' + JSON.stringify(clients)
                + ', focus on ' + (focused ? focused.id || focused.localName : 'nothing')
                + ', window ' + innerWidth + 'x' + innerHeight;
            """;

    private final WebDriver driver;
    private final String health;

    PatientWait(WebDriver driver, String health) {
        super(driver, Duration.ofSeconds(30));
        this.driver = driver;
        this.health = health;
        // each step is drawn anew on the server: an element found a moment ago may be replaced
        ignoring(StaleElementReferenceException.class);
    }

    @Override
    protected RuntimeException timeoutException(String message, Throwable lastException) {
        return super.timeoutException(message + "\n  then: " + pageState() + "\n  console: " + console()
                + "\n  server: " + serverAnswer() + "\n  " + screenshot(), lastException);
    }

    private String pageState() {
        try {
            return String.valueOf(((JavascriptExecutor) driver).executeScript(PAGE_STATE));
        } catch (WebDriverException unreadable) {
            return "unreadable (" + unreadable.getClass().getSimpleName() + ")";
        }
    }

    private String console() {
        try {
            List<String> lines = Chromium.console(driver, Level.WARNING).stream().map(PatientWait::abbreviate).toList();
            return lines.subList(Math.max(0, lines.size() - 5), lines.size()).toString();
        } catch (WebDriverException unreadable) {
            return "unreadable (" + unreadable.getClass().getSimpleName() + ")";
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private String serverAnswer() {
        long start = System.nanoTime();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(health))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            return "health " + response.statusCode() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms";
        } catch (IOException e) {
            return "health unanswered after " + (System.nanoTime() - start) / 1_000_000 + " ms: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "health not asked (interrupted)";
        }
    }

    private String screenshot() {
        String name = "timeout-" + TIMEOUTS.incrementAndGet() + ".png";
        try {
            Chromium.screenshot(driver, name);
            return "screenshot target/screenshots/" + name;
        } catch (IOException | WebDriverException unsaved) {
            return "no screenshot (" + unsaved + ")";
        }
    }
}
