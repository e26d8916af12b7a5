package fi.palvelupiste.kiosk.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * What a resident does on the kiosk's screens in Finnish, in one browser, through the screens only (the on-screen
 * keyboard included): take a queue ticket, sign up for a photo day, book a ride, print a form. For the benchmarks
 * that drive the real application.
 */
final class ResidentMoves {

    private static final String LETTERS = "abdefghijklmnoprstuvy";

    private final WebDriver driver;
    private final String startUrl;
    private final WebDriverWait wait;

    ResidentMoves(WebDriver driver, String startUrl) {
        this.driver = driver;
        this.startUrl = startUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // a resident taps as soon as the screen is there: look every 20 ms, not the default 500
        wait.pollingEvery(Duration.ofMillis(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Loads the start screen afresh (a new page: a new UI on the server). */
    void openStart() {
        driver.get(startUrl);
        atStart();
    }

    void atStart() {
        heading("Tervetuloa!");
    }

    /** Taps the first service's button; returns the number the screen shows, and the screen is left on it. */
    String ticket() {
        startChoice("queue-A");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number"))).getText();
    }

    /** From the ticket screen back to the start screen with its "Done" button. */
    void ticketDone() {
        click("ticket-done");
        atStart();
    }

    /** Signs a new resident up without a phone for the event's first free time; returns the reference code. */
    String signup(long eventId, int resident) {
        startChoice("signup");
        heading("Mihin haluat ilmoittautua?");
        click("signup-event-" + eventId);
        heading("Valitse aika");
        firstEnabled("[id^='signup-slot-']").click();
        name(resident);
        heading("Puhelinnumerosi");
        click("signup-no-phone");
        heading("Tarvitsetko apua?");
        click("signup-next");
        heading("Tarvitsetko tulkin?");
        click("signup-interpreter-none");
        heading("Tuleeko joku mukaasi?");
        click("signup-companion-no");
        heading("Tarkista tiedot");
        click("signup-confirm");
        heading("Olet ilmoittautunut!");
        return driver.findElement(By.id("signup-code")).getText();
    }

    /** From a sign-up's or a ride's confirmation back to the start screen with its "Ready" button. */
    void signupDone() {
        click("signup-done");
        atStart();
    }

    /** Books one seat without a wheelchair place from the ride's first stop; returns the reference code. */
    String ride(long rideId, int resident) {
        startChoice("ride");
        heading("Mihin kyytiin haluat?");
        click("ride-" + rideId);
        heading("Mistä sinut haetaan?");
        firstEnabled("[id^='ride-stop-']").click();
        heading("Montako teitä matkustaa?");
        click("ride-seats-1");
        heading("Tarvitaanko pyörätuolipaikka?");
        click("ride-wheelchair-no");
        name(resident);
        heading("Puhelinnumerosi");
        click("signup-no-phone");
        heading("Tarkista kyytisi");
        click("ride-confirm");
        heading("Kyytisi on varattu");
        return driver.findElement(By.id("signup-code")).getText();
    }

    /** Prints the digital-support form. */
    void form() {
        startChoice("forms");
        heading("Tulosta lomake");
        click("form-choice-digituki");
        click("forms-print");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forms-print-state")));
    }

    /** First and last name on the kiosk's own keyboard: a different resident for every number. */
    private void name(int resident) {
        heading("Kirjoita nimesi");
        type("aino");
        click("signup-next");
        type(surname(resident));
        click("signup-next");
    }

    /** A surname of letters only (names are letters), different for every number. */
    static String surname(int n) {
        StringBuilder name = new StringBuilder("k");
        int rest = n;
        do {
            name.append(LETTERS.charAt(rest % LETTERS.length()));
            rest /= LETTERS.length();
        } while (rest > 0);
        return name.append("nen").toString();
    }

    void heading(String text) {
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    /**
     * Taps a start screen's choice, first turning its pages with "More" while the choice is on a later one (the
     * choices that do not fit the 800x480 panel page, and the photo day's check-in and walk-in come first).
     */
    void startChoice(String name) {
        By choice = By.id("start-choice-" + name);
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(choice));
        while (!button.isDisplayed()) {
            click("choices-more");
            button = driver.findElement(choice);
        }
        click("start-choice-" + name);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private WebElement firstEnabled(String css) {
        return wait.until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isEnabled)
                .findFirst().orElse(null));
    }

    private void type(String text) {
        for (char c : text.toCharArray()) {
            click("osk-key-" + c);
        }
    }
}
