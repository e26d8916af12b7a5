package fi.palvelupiste.kiosk.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar that is shipped, as the Pi starts it: it runs on the bean definitions Spring AOT wrote at build time
 * (the other tests start the application from its classes, without them), and a resident takes a ticket through
 * the screens in Chromium, printed on the virtual printer. A start with the definitions switched off works too.
 */
class PackagedJarIT {

    @TempDir
    static Path data;
    static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(800, 480);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_shipped_jar_starts_on_its_build_time_bean_definitions_and_prints_a_ticket() throws Exception {
        assertThat(KioskProcess.JAR).as("built by the package phase before the integration tests").exists();
        try (KioskProcess kiosk = new KioskProcess(KioskProcess.JAR.toAbsolutePath(), data.resolve("aot"), List.of(),
                List.of())) {
            assertThat(kiosk.start(Duration.ofMinutes(3))).as("health UP; log: %s", kiosk.log()).isTrue();
            assertThat(Files.readString(kiosk.log())).contains("Starting AOT-processed KioskApplication");

            browser.get(kiosk.url("/"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tervetuloa!"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("start-choice-queue-A"))).click();
            String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number"))).getText();
            assertThat(number).matches("A\\d{3}");
            wait.until(d -> slipTexts(kiosk.data().resolve("printer")).stream().anyMatch(t -> t.contains(number)));
        }
    }

    @Test
    void with_the_definitions_switched_off_it_starts_as_in_the_tests() throws Exception {
        try (KioskProcess kiosk = new KioskProcess(KioskProcess.JAR.toAbsolutePath(), data.resolve("plain"),
                List.of("-Dspring.aot.enabled=false"), List.of())) {
            assertThat(kiosk.start(Duration.ofMinutes(3))).as("health UP; log: %s", kiosk.log()).isTrue();
            assertThat(Files.readString(kiosk.log())).doesNotContain("AOT-processed");
        }
    }

    private static List<String> slipTexts(Path printer) {
        if (!Files.isDirectory(printer)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(printer)) {
            List<String> texts = new java.util.ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        } catch (IOException e) {
            return List.of(); // a slip being written: look again
        }
    }
}
