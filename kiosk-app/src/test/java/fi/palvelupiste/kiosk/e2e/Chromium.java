package fi.palvelupiste.kiosk.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Headless Debian Chromium for the browser tests and benchmarks, with an axe-core check and screenshots. */
public final class Chromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** Starts the browser; in CI a missing browser fails the test, elsewhere it skips it with the apt command. */
    public static WebDriver start(int width, int height) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI must install chromium and chromium-driver (.ci/run does)").isTrue();
        }
        assumeTrue(installed, "Debian chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=fi",
                "--autoplay-policy=no-user-gesture-required");
        // the browser's console (Content-Security-Policy violations among others), for consoleSince()
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Makes the page area the panel's size: headless Chromium's window includes a frame, so a window of 800x480 shows
     * a page shorter than the 7" panel's, on which a step's choices can have no room at all.
     */
    public static void panel(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long frameWidth = ((Number) js.executeScript("return window.outerWidth - window.innerWidth;")).longValue();
        long frameHeight = ((Number) js.executeScript("return window.outerHeight - window.innerHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(width + (int) frameWidth, height + (int) frameHeight));
    }

    /** Fails on serious or critical axe-core findings; prints every finding. */
    public static void assertAccessible(WebDriver driver, String screen) {
        assertAccessible(driver, screen, new AxeBuilder());
    }

    /** The same for one part of a page (a CSS selector), where the rest is checked elsewhere. */
    public static void assertAccessiblePart(WebDriver driver, String screen, String part) {
        assertAccessible(driver, screen, new AxeBuilder().include(part));
    }

    private static void assertAccessible(WebDriver driver, String screen, AxeBuilder axe) {
        Results results = axe.analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Chromium::describe)
                .toList();
        results.getViolations().forEach(rule -> System.out.println("axe (" + screen + "): " + describe(rule)));
        assertThat(serious).as("serious or critical accessibility findings on the " + screen).isEmpty();
    }

    /** What the browser wrote to its console since the last call (each call empties the log). */
    public static List<String> console(WebDriver driver) {
        return console(driver, Level.ALL);
    }

    /** The same, only lines of at least the given level, each with its level in front. */
    public static List<String> console(WebDriver driver, Level least) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= least.intValue())
                .map(entry -> least == Level.ALL ? entry.getMessage() : entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    public static void screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList();
    }
}
