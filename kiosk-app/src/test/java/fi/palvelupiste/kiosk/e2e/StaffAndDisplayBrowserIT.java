package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An afternoon in miniature, in three browser tabs: a resident takes a ticket at the kiosk, the librarian logs in
 * and calls it, and the waiting-room display shows it (pushed, no reload). And the coordinator's grids on a
 * 1280 × 800 screen.
 */
class StaffAndDisplayBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Kirjasto-2026-syksy";

    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    Clock clock;

    @Test
    void a_ticket_taken_at_the_kiosk_is_called_by_staff_and_shown_on_the_display() throws IOException {
        staffAccount(accounts, "maija", "Maija Kirjastosta", Set.of(Role.STAFF), PASSWORD);

        driver.get(url("/display?speech=none"));
        String display = driver.getWindowHandle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("display-now")));
        Chromium.assertAccessible(driver, "display");

        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start-choice-queue-B"))).click();
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number"))).getText();

        driver.switchTo().newWindow(WindowType.TAB);
        logInAsStaff("maija", PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk-waiting"), number));
        Chromium.assertAccessible(driver, "staff desk");
        driver.findElement(By.id("desk-call-next")).click();
        wait.until(ExpectedConditions.textToBe(By.id("desk-serving-number"), number));
        Chromium.screenshot(driver, "staff-desk.png");

        driver.switchTo().window(display);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("display-now"), number));
        assertThat(driver.findElement(By.id("display-now")).getText()).contains("Asiakaspalvelu");
        Object announced = ((JavascriptExecutor) driver)
                .executeScript("return window.palvelupisteDisplay && window.palvelupisteDisplay.lastAnnounced;");
        assertThat(announced).as("the display chimed for the number").isEqualTo(number);
        Chromium.screenshot(driver, "display.png");
    }

    @Test
    void at_1280_by_800_the_events_lists_button_and_a_whole_reference_code_are_on_screen() throws IOException {
        staffAccount(accounts, "koordinaattori-e2e", "Kaija Koordinaattori", Set.of(Role.COORDINATOR), PASSWORD);
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        String code = signups.signUp(new SignupRequest(day, signups.slots(day).getFirst().id(),
                SignupFixtures.person("Aino", "Leveydessä", null), null, Locale.of("fi"))).resident().signup()
                .referenceCode();
        Dimension before = driver.manage().window().getSize();
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 800));
        try {
            logInAsStaff("koordinaattori-e2e", PASSWORD);

            driver.get(url("/admin/events"));
            WebElement lists = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events-lists-" + day)));
            assertThat(horizontally(lists)).as("the Lists button, left and right edge, within the window and its grid")
                    .satisfies(box -> {
                        assertThat(box.get("left")).isGreaterThanOrEqualTo(0);
                        assertThat(box.get("right")).isLessThanOrEqualTo(box.get("window"));
                        assertThat(box.get("right")).isLessThanOrEqualTo(box.get("grid"));
                    });
            Chromium.screenshot(driver, "staff-events-1280.png");
            var logout = horizontally(driver.findElement(By.id("staff-logout")));
            assertThat(logout.get("right")).as("'Log out' stays inside the window, with a margin")
                    .isLessThanOrEqualTo(logout.get("window") - 8);

            driver.get(url("/staff/bookings"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#bookings-query input")))
                    .sendKeys(code);
            driver.findElement(By.id("bookings-search")).click();
            WebElement cell = wait.until(browser -> browser.findElements(By.tagName("vaadin-grid-cell-content"))
                    .stream().filter(c -> c.getText().equals(code)).findFirst().orElse(null));
            Object cut = ((JavascriptExecutor) driver).executeScript(
                    "return arguments[0].scrollWidth > arguments[0].clientWidth;", cell);
            assertThat(cut).as("the reference code is cut off").isEqualTo(false);
            assertThat(horizontally(cell).get("right")).isLessThanOrEqualTo(horizontally(cell).get("window"));
            WebElement status = driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals("vahvistettu")).findFirst().orElseThrow();
            WebElement statusHeading = driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals("Tila")).findFirst().orElseThrow();
            assertThat(horizontally(status).get("left")).as("the status column lines up with its heading")
                    .isCloseTo(horizontally(statusHeading).get("left"), org.assertj.core.data.Offset.offset(2L));
            assertThat(horizontally(status).get("right")).as("the status is on screen, no scrolling")
                    .isLessThanOrEqualTo(horizontally(status).get("window"));
            Chromium.screenshot(driver, "staff-bookings-1280.png");
        } finally {
            driver.manage().window().setSize(before);
            driver.manage().deleteAllCookies();
        }
    }

    /** An element's left and right edge, the window's width and its grid's right edge, in CSS pixels. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> horizontally(WebElement element) {
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                const grid = arguments[0].closest('vaadin-grid') || document.querySelector('vaadin-grid');
                return {left: Math.floor(r.left), right: Math.ceil(r.right), window: window.innerWidth,
                        grid: Math.ceil(grid.getBoundingClientRect().right)};""", element);
        Map<String, Long> edges = new java.util.HashMap<>();
        box.forEach((key, value) -> edges.put(key, ((Number) value).longValue()));
        return edges;
    }
}
