package fi.palvelupiste.kiosk.e2e;

import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ukrainian and Arabic residents in real headless Chromium on the 800 × 480 panel: the language is one touch away
 * from the start screen, Arabic screens run right to left, a name is typed in Cyrillic on the kiosk's keyboard, and
 * axe-core scans each screen.
 */
class LanguagesBrowserIT extends BrowserTest {

    @Autowired
    I18NProvider i18n;
    @Autowired
    PrinterPort printer;
    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    Clock clock;

    @AfterEach
    void fullSize() {
        driver.manage().window().setSize(new Dimension(1280, 1024));
    }

    String t(Language language, String key, Object... arguments) {
        return i18n.getTranslation(key, language.locale(), arguments);
    }

    void choose(Language language) throws IOException {
        click("language-more");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("languages-" + language.code())));
        Chromium.assertAccessible(driver, "language choice");
        Chromium.screenshot(driver, "languages-800x480.png");
        assertInsideViewport("#language-chooser vaadin-button", true);
        click("languages-" + language.code());
        wait.until(d -> language.code().equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** The start screen on the 800 × 480 panel, then the language chosen as a resident would. */
    void startIn(Language language) throws IOException {
        panel(800, 480);
        driver.get(url("/"));
        heading("Tervetuloa!");
        choose(language);
        heading(t(language, "start.heading"));
    }

    /** From the start screen to the name step of a sign-up for the day's only slot. */
    void toNameStep(long day, Language language) {
        click("start-choice-signup");
        // the test's photo day is named in Finnish only: told once that such texts come in another language
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-notification-card.kiosk-notification")));
        assertThat(note.getText()).isEqualTo(t(language, "languages.fallback-note"));
        note.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-notification-card.kiosk-notification")));
        tapChoice("signup-event-" + day);
        tapChoice("signup-slot-" + signups.slots(day).getFirst().id());
        heading(t(language, "signup.name.heading"));
    }

    @Test
    void a_ukrainian_resident_takes_a_ticket_and_signs_up_with_a_name_typed_in_cyrillic() throws IOException {
        long day = SignupFixtures.photoDay(planning, clock, 1, 5);
        startIn(Language.UK);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isNotEqualTo("rtl");
        Chromium.assertAccessible(driver, "start screen in Ukrainian");
        Chromium.screenshot(driver, "start-uk-800x480.png");

        click("start-choice-queue-A");
        WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number")));
        String ticket = number.getText();
        Chromium.assertAccessible(driver, "ticket screen in Ukrainian");
        Chromium.screenshot(driver, "ticket-uk-800x480.png");
        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(ticket));
        assertThat(slip.text()).contains(t(Language.UK, "ticket.print.your-number"));
        click("ticket-done");
        heading(t(Language.UK, "start.heading"));

        toNameStep(day, Language.UK);
        type("олена");
        waitText("signup-first-name-value", "Олена");
        click("signup-next");
        type("коваль");
        waitText("signup-last-name-value", "Коваль");
        Chromium.assertAccessible(driver, "name step in Ukrainian");
        Chromium.screenshot(driver, "signup-name-uk-800x480.png");
    }

    @Test
    void arabic_screens_run_right_to_left_and_the_keyboard_types_arabic_letters() throws IOException {
        long day = SignupFixtures.photoDay(planning, clock, 1, 5);
        startIn(Language.AR);
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        Chromium.assertAccessible(driver, "start screen in Arabic");
        Chromium.screenshot(driver, "start-ar-800x480.png");
        WebElement header = driver.findElement(By.className("kiosk-header"));
        WebElement site = driver.findElement(By.className("kiosk-site"));
        assertThat(site.getRect().getX()).as("right to left: the site name on the right")
                .isGreaterThan(header.getRect().getWidth() / 2);

        toNameStep(day, Language.AR);
        type("أحمد");
        waitText("signup-first-name-value", "أحمد");
        Chromium.assertAccessible(driver, "name step in Arabic");
        Chromium.screenshot(driver, "signup-name-ar-800x480.png");
        assertInsideViewport(".osk vaadin-button", true);

        // on the 7" panel the languages step aside while a name is typed; on the large panel they stay
        panel(1280, 800);
        click("language-fi");
        heading(t(Language.FI, "signup.name.heading"));
        wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    }

    /** Every control the selector finds is on the screen: wholly, or {@code !vertical} from left to right. */
    private void assertInsideViewport(String selector, boolean vertical) {
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll(arguments[0])].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && (r.left < 0 || r.right > innerWidth
                      || arguments[1] && (r.top < 0 || r.bottom > innerHeight));
                }).map(e => (e.id || e.textContent.trim()) + ' ' + JSON.stringify(e.getBoundingClientRect()));
                """, selector, vertical);
        assertThat(outside).as("controls outside the 800x480 screen").isEmpty();
    }
}
