package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy is one the app really passes: the start screen, a resident's ticket, the display
 * with its pushed update, and the staff pages load in Chromium with no violation in the browser's console.
 */
class SecurityHeadersBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Lainaus-ja-palautus-7";
    /** Wrong passwords in a row that lock an account (StaffAccounts). */
    private static final int LOCK_AFTER_FAILURES = 5;
    private static final By LOGIN_BUTTON = By.cssSelector("vaadin-login-form vaadin-button");

    @Test
    void kiosk_resident_and_staff_pages_load_without_a_content_security_policy_violation() {
        staffAccount(accounts, "csp-testi", "Testi Kirjastosta", Set.of(Role.ADMIN), PASSWORD);
        List<String> console = new ArrayList<>();
        Chromium.console(driver);

        try {
            driver.get(url("/display?speech=none"));
            String display = driver.getWindowHandle();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("display-now")));
            console.addAll(Chromium.console(driver));

            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(url("/"));
            heading("Tervetuloa!");
            click("start-choice-queue-B");
            String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number")))
                    .getText();
            console.addAll(Chromium.console(driver));

            driver.get(url("/signup"));
            heading("Mihin haluat ilmoittautua?");
            console.addAll(Chromium.console(driver));

            driver.get(url("/login"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                    .sendKeys("csp-testi");
            driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD);
            wait.until(ExpectedConditions.elementToBeClickable(LOGIN_BUTTON))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk-waiting"), number));
            click("desk-call-next");
            wait.until(ExpectedConditions.textToBe(By.id("desk-serving-number"), number));
            console.addAll(Chromium.console(driver));
            for (String page : List.of("/staff/printer", "/staff/statistics", "/admin/users", "/admin/events")) {
                driver.get(url(page));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                console.addAll(Chromium.console(driver));
            }

            // the call reached the display by push (a WebSocket, which connect-src must allow)
            driver.switchTo().window(display);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("display-now"), number));
            console.addAll(Chromium.console(driver));
        } catch (TimeoutException stuck) {
            // a page that never finished drawing: most likely a script the policy blocked, say so first
            console.addAll(Chromium.console(driver));
            assertNoViolation(console);
            throw stuck;
        }
        assertNoViolation(console);
    }

    @Test
    void a_locked_account_is_told_on_the_login_page_that_it_is_locked_and_until_when() {
        String oneTime = oneTimeAccount(accounts, "lukko-e2e", "Lukko Selaimessa", Set.of(Role.STAFF));
        for (int attempt = 0; attempt <= LOCK_AFTER_FAILURES; attempt++) {
            driver.get(url("/login"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                    .sendKeys("lukko-e2e");
            driver.findElement(By.cssSelector("input[name='password']"))
                    .sendKeys(attempt < LOCK_AFTER_FAILURES ? "väärä salasana" : oneTime);
            wait.until(ExpectedConditions.elementToBeClickable(LOGIN_BUTTON))
                    .click();
            wait.until(ExpectedConditions.urlContains("/login?error"));
        }

        wait.until(browser -> loginError("title").equals("Tunnus on lukittu"));
        String message = loginError("message");
        assertThat(message).matches(".*lukittu kello \\d{1,2}\\.\\d{2} asti.*");
    }

    /** The log-in form's error box, as the browser shows it. */
    private static String loginError(String part) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const form = document.querySelector('vaadin-login-form');"
                        + "return form && form.i18n && form.i18n.errorMessage ? form.i18n.errorMessage." + part
                        + " : '';"));
    }

    private static void assertNoViolation(List<String> console) {
        assertThat(console).as("Content-Security-Policy violations in the browser console")
                .noneMatch(line -> line.contains("Content Security Policy") || line.contains("Refused to"));
    }
}
