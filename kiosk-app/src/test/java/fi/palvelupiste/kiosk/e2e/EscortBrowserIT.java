package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.ride.BusDayFixtures;
import fi.palvelupiste.kiosk.ride.Passenger;
import fi.palvelupiste.kiosk.ride.RideBoarding;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fi.palvelupiste.kiosk.ride.BusDayFixtures.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/** The escort on a phone (390 × 844): logs in, chooses today's bus and ticks who boards at each of three stops. */
class EscortBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Linja-auto-2026-kevat";

    @Autowired
    EventPlanning planning;
    @Autowired
    RidePlanning rides;
    @Autowired
    SignupBooking signups;
    @Autowired
    RideBoarding boarding;
    @Autowired
    Clock clock;

    @Test
    void on_a_phone_the_escort_ticks_boarding_at_three_stops() throws IOException {
        staffAccount(accounts, "saattaja", "Saara Saattaja", Set.of(Role.STAFF), PASSWORD);
        BusDayFixtures.BusDay day = BusDayFixtures.today(planning, rides, signups, clock, 3);
        // headless Chromium keeps a window at least 500 px wide: the phone's 390 px is emulated as a phone's screen
        ((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        logInAsStaff("saattaja", PASSWORD);

        driver.get(url("/escort"));
        heading("Bussipäivä");
        click("escort-bus");
        wait.until(browser -> browser.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.getText().startsWith("Tilausbussi")).reduce((a, b) -> b).orElse(null)).click();
        for (int stop = 0; stop < 3; stop++) {
            // the escort scrolls back up to the stops: the list of the stop before is long on a phone
            WebElement stopButton = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("escort-stop-" + day.stops().get(stop))));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", stopButton);
            tap(wait.until(ExpectedConditions.elementToBeClickable(stopButton)));
            List<Passenger> there = boarding.atStop(day.ride(), day.stops().get(stop), COORDINATOR);
            long booking = there.getFirst().bookingId();
            WebElement boarded = wait.until(ExpectedConditions.elementToBeClickable(By.id("escort-boarded-" + booking)));
            assertThat(boarded.getSize().getHeight()).as("a target for a moving bus").isGreaterThanOrEqualTo(64);
            if (stop == 0) {
                Chromium.assertAccessible(driver, "escort's page");
            }
            tap(boarded);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("escort-undo-" + booking)));
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("escort-counts"), "Kyydissä 3 henkilöä"));
        Object overflow = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                + "'#escort *, .staff-navbar *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.id || e.className || e.tagName);");
        assertThat((List<?>) overflow).as("nothing of the page or of the staff frame wider than the phone").isEmpty();
        Number pageWidth = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.scrollingElement.scrollWidth;");
        assertThat(pageWidth.intValue()).as("the whole page does not scroll sideways").isLessThanOrEqualTo(390 + 1);
        Chromium.screenshot(driver, "escort-390.png");
        ((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().deleteAllCookies();
    }

    /** The staff frame's bars stay at the phone's top and bottom edge: the escort scrolls a button into the middle. */
    private static void tap(WebElement button) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }
}
