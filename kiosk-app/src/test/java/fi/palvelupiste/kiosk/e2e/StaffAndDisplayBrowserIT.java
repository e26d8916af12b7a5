package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An afternoon in miniature, in three browser tabs: a resident takes a ticket at the kiosk, the librarian logs in
 * and calls it, and the waiting-room display shows it (pushed, no reload).
 */
class StaffAndDisplayBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Kirjasto-2026-syksy";

    @Autowired
    StaffAccounts accounts;

    @Test
    void a_ticket_taken_at_the_kiosk_is_called_by_staff_and_shown_on_the_display() throws IOException {
        String oneTime = accounts.create("maija", "Maija Kirjastosta", Set.of(Role.STAFF));
        accounts.changePassword("maija", oneTime, PASSWORD);

        driver.get(url("/display?speech=none"));
        String display = driver.getWindowHandle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("display-now")));
        Chromium.assertAccessible(driver, "display");

        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start-choice-queue-B"))).click();
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number"))).getText();

        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys("maija");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.urlContains("/staff"));
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

}
