package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A browser test: the whole kiosk on a random port, one headless Chromium per test class, and the moves a
 * resident makes on the screen (tap, wait for a heading, type on the kiosk's own keyboard).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    /** Ids of the on-screen keyboard's keys that are not the letter itself. */
    private static final Map<Character, String> KEY_IDS = Map.of('å', "aring", 'ä', "auml", 'ö', "ouml",
            '-', "hyphen", '\'', "apostrophe", ' ', "space");

    static WebDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start(1280, 1024);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Each test starts with one tab: no page of the test before (a staff desk polls every 30 s) talks to the kiosk. */
    @AfterEach
    void oneTabLeft() {
        List<String> tabs = new ArrayList<>(driver.getWindowHandles());
        for (String tab : tabs.subList(1, tabs.size())) {
            driver.switchTo().window(tab).close();
        }
        driver.switchTo().window(tabs.getFirst());
    }

    @BeforeEach
    void patientWait() {
        wait = new PatientWait(driver, url("/actuator/health"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A window whose page area is the panel's size (the window's own frame comes on top of it). */
    void panel(int width, int height) {
        Chromium.panel(driver, width, height);
    }

    /**
     * A staff account of a kiosk (or hub) with a new one-time password, made if missing: the same when a test is run
     * again in the same context, as failsafe runs a failed browser test once more (see the README).
     */
    static String oneTimeAccount(StaffAccounts in, String username, String displayName, Set<Role> roles) {
        return in.find(username).isPresent()
                ? in.resetPassword(username, Actor.staff("e2e"))
                : in.create(username, displayName, roles);
    }

    /** The same with the password chosen, ready to log in with. */
    static void staffAccount(StaffAccounts in, String username, String displayName, Set<Role> roles, String password) {
        in.changePassword(username, oneTimeAccount(in, username, displayName, roles), password);
    }

    /** Logs in on the staff log-in page and waits for the staff pages. */
    void logInAsStaff(String username, String password) {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.urlContains("/staff"));
    }

    void heading(String text) {
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    void waitText(String id, String text) {
        wait.until(ExpectedConditions.textToBe(By.id(id), text));
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Taps a choice of a step's list, turning its pages with "More" until the choice is on the screen. */
    void tapChoice(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        for (int page = 1; !driver.findElement(By.id(id)).isDisplayed(); page++) {
            if (page > 20) {
                throw new AssertionError(id + " is on none of twenty pages");
            }
            click("choices-more");
        }
        // readable and tappable; the page's layout may still be settling (the box pages its choices in the browser)
        try {
            wait.until(d -> "".equals(whereOnScreen(id)));
        } catch (TimeoutException notWhole) {
            AssertionError failure = new AssertionError(id + " cannot be read and tapped inside its box of choices: "
                    + whereOnScreen(id) + " (not-tappable-" + id + ".png)");
            try {
                Chromium.screenshot(driver, "not-tappable-" + id + ".png");
            } catch (IOException unsaved) {
                failure.addSuppressed(unsaved);
            }
            throw failure;
        }
        click(id);
    }

    private Object whereOnScreen(String id) {
        return ((JavascriptExecutor) driver).executeScript(ON_SCREEN, driver.findElement(By.id(id)));
    }

    /**
     * Where a choice cannot be read and tapped: its words not whole on the screen inside the box of choices that
     * hides what does not fit, or less than a touch target (64 px) of it showing (a box squeezed to nothing under a
     * long introduction shows no choice at all). A tall button whose edge the box cuts while its words and 64 px show
     * is let be: in large text on the 7" panel one choice can be taller than the room. "" when it can.
     */
    private static final String ON_SCREEN = """
            const e = arguments[0], r = e.getBoundingClientRect();
            const box = e.closest('.paged-choices');
            const b = box ? box.getBoundingClientRect() : {top: 0, bottom: innerHeight};
            const top = Math.max(b.top, 0), bottom = Math.min(b.bottom, innerHeight);
            const label = (e.shadowRoot && e.shadowRoot.querySelector('[part=label]')) || e;
            const l = label.getBoundingClientRect();
            const showing = Math.min(r.bottom, bottom) - Math.max(r.top, top);
            return showing >= Math.min(64, r.height) - 1 && l.top >= top - 1 && l.bottom <= bottom + 1
                && r.left >= -1 && r.right <= innerWidth + 1 ? ''
                : 'button ' + Math.round(r.top) + '..' + Math.round(r.bottom) + ', words ' + Math.round(l.top) + '..'
                  + Math.round(l.bottom) + ' in ' + Math.round(top) + '..' + Math.round(bottom);
            """;

    /** Types on the kiosk's own on-screen keyboard, key by key (in whatever script it shows). */
    void type(String text) {
        for (char c : text.toCharArray()) {
            click("osk-key-" + KEY_IDS.getOrDefault(c, c < 128 ? String.valueOf(c) : "u" + Integer.toHexString(c)));
        }
    }
}
