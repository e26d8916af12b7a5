package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.TestHub;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator on the hub (a real one, on PostgreSQL) creates a site and makes an enrolment code; the kiosk's admin
 * links this kiosk with it; the hub's fleet view then shows the kiosk, all well. Both pages pass axe.
 */
class HubBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Kaksi-kylaa-ja-bussi";
    static TestHub hub;

    @BeforeAll
    static void startHub() {
        hub = TestHub.start();
    }

    @AfterAll
    static void stopHub() {
        if (hub != null) { // null when BrowserTest's check for Chromium skipped the class before the hub started
            hub.close();
        }
    }

    @Test
    void a_coordinator_enrols_this_kiosk_and_sees_it_in_the_fleet() throws IOException {
        StaffAccounts hubAccounts = hub.bean(StaffAccounts.class);
        staffAccount(hubAccounts, "riitta", "Riitta Koordinaattori", Set.of(Role.COORDINATOR), PASSWORD);
        staffAccount(accounts, "ylla", "Ylläpitäjä Kirjastosta", Set.of(Role.ADMIN), PASSWORD);

        logIn(hub.url() + "/", "riitta");
        wait.until(ExpectedConditions.urlContains("/sites"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("site-name")));
        driver.findElement(By.cssSelector("#site-name input")).sendKeys("Vieremän kirjasto");
        driver.findElement(By.cssSelector("#site-municipality input")).sendKeys("Vieremä");
        click("site-create");
        WebElementText code = new WebElementText();
        wait.until(driver -> !driver.findElements(By.cssSelector("vaadin-button[id^='site-code-']")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-button[id^='site-code-']")).click();
        code.text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolment-code"))).getText();
        assertThat(code.text).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        Chromium.assertAccessible(driver, "hub: enrolment code");
        Chromium.screenshot(driver, "hub-enrolment-code.png");
        click("enrolment-code-close");

        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        logIn(url("/login"), "ylla");
        wait.until(ExpectedConditions.urlContains("/staff"));
        driver.get(url("/admin/hub"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hub-address")));
        driver.findElement(By.cssSelector("#hub-address input")).sendKeys(hub.url().toString());
        driver.findElement(By.cssSelector("#hub-code input")).sendKeys(code.text.toLowerCase(), Keys.TAB);
        click("hub-link");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hub-state"), "Vieremän kirjasto"));
        Chromium.assertAccessible(driver, "kiosk: hub link");
        Chromium.screenshot(driver, "kiosk-hub-link.png");
        click("hub-contact-now");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hub-contact"), "Viimeisin yhteys"));

        driver.switchTo().window(driver.getWindowHandles().iterator().next());
        driver.get(hub.url() + "/sites");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("devices-grid"), "kaikki kunnossa"));
        assertThat(driver.findElement(By.id("devices-grid")).getText()).contains("Vieremän kirjasto", "valmis");
        Chromium.assertAccessible(driver, "hub: sites and kiosks");
        Chromium.screenshot(driver, "hub-fleet.png");
    }

    @Test
    void a_coordinator_offers_an_event_at_a_site_and_an_admin_gives_a_coordinator_areas() throws IOException {
        StaffAccounts hubAccounts = hub.bean(StaffAccounts.class);
        staffAccount(hubAccounts, "paavo", "Paavo Pääkäyttäjä", Set.of(Role.ADMIN), PASSWORD);
        fi.palvelupiste.kiosk.audit.Actor paavo = fi.palvelupiste.kiosk.audit.Actor.staff("paavo");
        fi.palvelupiste.kiosk.hub.Site site = hub.bean(fi.palvelupiste.kiosk.hub.HubSites.class)
                .createSite("Rautavaaran kirjasto", "Rautavaara", paavo);
        fi.palvelupiste.kiosk.signup.EventPlanning planning = hub.bean(fi.palvelupiste.kiosk.signup.EventPlanning.class);
        long event = fi.palvelupiste.kiosk.signup.SignupFixtures.photoDay(planning,
                hub.bean(java.time.Clock.class), 2, 3);

        logIn(hub.url() + "/login", "paavo");
        wait.until(ExpectedConditions.urlContains("/sites"));
        driver.get(hub.url() + "/admin/events/" + event);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-sites-choice")));
        inView(driver.findElement(By.cssSelector("#event-sites-choice vaadin-checkbox"))).click();
        inView(driver.findElement(By.id("event-sites-save")));
        click("event-sites-save");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                hub.bean(fi.palvelupiste.kiosk.signup.SharedEvents.class).sitesOf(event).contains(site.id()));
        // the sites' part: the editor's Vaadin date-time pickers, select and tab sheets have findings of their own
        // (aria-allowed-attr, aria-required-children inside the components), see the hub's section of the README
        Chromium.assertAccessiblePart(driver, "hub: an event's sites", "#event-sites");
        Chromium.screenshot(driver, "hub-event-sites.png");

        driver.get(hub.url() + "/admin/areas");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("areas-users"), "paavo"));
        driver.findElements(By.cssSelector("#areas-users vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals("paavo")).findFirst().map(this::inView).orElseThrow().click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("areas-municipalities")));
        driver.findElements(By.cssSelector("#areas-municipalities vaadin-checkbox")).stream()
                .filter(box -> box.getText().equals("Rautavaara")).findFirst().map(this::inView).orElseThrow().click();
        inView(driver.findElement(By.id("areas-save")));
        click("areas-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("areas-message"), "tallennettu"));
        assertThat(hub.bean(fi.palvelupiste.kiosk.hub.HubAreas.class).areasOf("paavo")).containsExactly("Rautavaara");
        Chromium.assertAccessible(driver, "hub: users' areas");
        Chromium.screenshot(driver, "hub-areas.png");
    }

    /** A long staff page: the element scrolled to the middle of the window first, as a user would. */
    private org.openqa.selenium.WebElement inView(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private void logIn(String address, String username) {
        driver.get(address);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
    }

    /** The code, read on the hub's page and typed on the kiosk's. */
    private static final class WebElementText {
        String text;
    }
}
