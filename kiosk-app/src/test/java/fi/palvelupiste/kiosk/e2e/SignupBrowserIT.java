package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident signs up herself and her neighbour in real headless Chromium using only the on-screen keyboard and
 * keypad, gets a slip, and later cancels with the reference code; axe-core scans every step on the way.
 */
class SignupBrowserIT extends BrowserTest {

    @Autowired
    PrinterPort printer;
    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges signupChanges;
    @Autowired
    Clock clock;

    @Test
    void a_resident_signs_up_herself_and_her_neighbour_with_the_on_screen_keyboard_and_cancels_later_by_code()
            throws IOException {
        long day = photoDay();
        long firstSlot = signups.slots(day).getFirst().id();
        driver.get("http://localhost:" + port + "/");
        heading("Tervetuloa!");

        click("start-choice-signup");
        heading("Mihin haluat ilmoittautua?");
        step("event", "Vaihe 1/7");
        tapChoice("signup-event-" + day);
        heading("Valitse aika");
        step("slot", "Vaihe 2/7");
        tapChoice("signup-slot-" + firstSlot);

        heading("Kirjoita nimesi");
        type("aino");
        waitText("signup-first-name-value", "Aino");
        click("signup-next");
        type("hyvärinen");
        waitText("signup-last-name-value", "Hyvärinen");
        step("name", "Vaihe 3/7");
        click("signup-next");

        heading("Puhelinnumerosi");
        for (char digit : "0401234567".toCharArray()) {
            click("keypad-" + digit);
        }
        waitText("signup-phone-value", "0401234567");
        step("phone", "Vaihe 4/7");
        click("signup-next");

        heading("Tarvitsetko apua?");
        click("signup-need-help");
        wait.until(ExpectedConditions.attributeToBe(By.id("signup-need-help"), "aria-pressed", "true"));
        step("needs", "Vaihe 5/7");
        click("signup-next");

        heading("Tarvitsetko tulkin?");
        step("interpreter", "Vaihe 5/7");
        click("signup-interpreter-uk");

        heading("Tuleeko joku mukaasi?");
        step("companion", "Vaihe 6/7");
        click("signup-companion-yes");
        heading("Kirjoita seuralaisesi nimi");
        type("martta");
        waitText("signup-first-name-value", "Martta");
        click("signup-next");
        type("naapuri");
        waitText("signup-last-name-value", "Naapuri");
        click("signup-next");
        heading("Seuralaisesi puhelinnumero");
        click("signup-no-phone");
        heading("Tarvitseeko seuralaisesi apua?");
        click("signup-next");
        heading("Tarvitseeko seuralaisesi tulkin?");
        click("signup-interpreter-none");

        heading("Tarkista tiedot");
        assertThat(driver.findElement(By.id("signup-summary")).getText())
                .contains("Aino Hyvärinen", "040 123 4567", "Martta Naapuri", "apu sähköiseen hakemukseen",
                        "tulkki: ukraina");
        step("summary", "Vaihe 7/7");
        click("signup-confirm");

        heading("Olet ilmoittautunut!");
        String code = driver.findElement(By.id("signup-code")).getText();
        String neighbourCode = driver.findElement(By.id("signup-companion-code")).getText();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signup-print-state"), "Ota lappu"));
        assertThat(driver.findElement(By.id("signup-code")).getCssValue("font-size")).isEqualTo("112px");
        Chromium.assertAccessible(driver, "confirmation");
        Chromium.screenshot(driver, "signup-done.png");
        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code));
        assertThat(slip.text()).contains("Ilmoittautuminen vahvistettu", "Kylätalo, Tervo", "klo 10.00-10.10");
        assertThat(Files.size(slip.escPosFile())).isLessThanOrEqualTo(1200);
        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(neighbourCode));

        click("signup-done");
        heading("Tervetuloa!");
        click("start-choice-signup-code");
        heading("Kirjoita varauskoodisi");
        for (char c : code.toCharArray()) {
            click("osk-key-" + Character.toLowerCase(c));
        }
        waitText("change-code-value", code);
        Chromium.assertAccessible(driver, "code entry");
        click("signup-next");
        heading("Sukunimesi alku");
        type("hy");
        waitText("change-surname-value", "Hy");
        Chromium.assertAccessible(driver, "surname check");
        click("signup-next");
        heading("Varauksesi");
        Chromium.assertAccessible(driver, "booking");
        click("change-cancel");
        heading("Haluatko perua varauksesi?");
        click("change-cancel-confirm");
        heading("Varauksesi on peruttu");
        Chromium.assertAccessible(driver, "cancelled");
        Chromium.screenshot(driver, "signup-cancelled.png");
        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code) && text.contains("Varaus peruttu"));
        assertThat(signupChanges.search(code, Actor.staff("e2e")).getFirst().signup().status()).isEqualTo(SignupStatus.CANCELLED);
    }

    private long photoDay() {
        EventDraft draft = new EventDraft();
        draft.setKindCode("PHOTO_DAY");
        draft.setTitle(draft.getTitle().with(Language.FI, "Passikuva henkilökorttia varten"));
        draft.setPlace("Kylätalo, Tervo");
        draft.setAddress("Kylätie 5, Tervo");
        draft.setMunicipality("Tervo");
        draft.setDate(LocalDate.now(clock).plusDays(30));
        draft.setPrice(draft.getPrice().with(Language.FI, "Kuva maksetaan valokuvaajalle, 15 €"));
        draft.setBring(draft.getBring().with(Language.FI, "Vanha henkilökortti tai passi, jos sinulla on."));
        draft.setOrganiserPhone("044 123 4567");
        draft.setSignupOpens(LocalDateTime.now(clock).minusDays(1));
        draft.setSignupCloses(LocalDateTime.now(clock).plusDays(20));
        long id = planning.save(null, draft, Actor.staff("e2e"));
        planning.generateSlots(id, LocalTime.of(10, 0), LocalTime.of(11, 0), 10, 2, Actor.staff("e2e"));
        return id;
    }

    @Test
    void a_full_name_field_keeps_to_one_line_with_its_end_in_sight_on_the_small_panel_and_says_it_is_full() throws IOException {
        long day = photoDay();
        panel(800, 480);
        try {
            driver.get(url("/signup"));
            tapChoice("signup-event-" + day);
            tapChoice("signup-slot-" + signups.slots(day).getFirst().id());
            heading("Kirjoita nimesi");
            type("m".repeat(61));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signup-first-name-error"), "60"));
            assertThat(driver.findElement(By.id("signup-first-name-value")).getText()).hasSize(60);
            Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("the page does not scroll sideways").isLessThanOrEqualTo(0);
            var box = driver.findElement(By.id("signup-first-name-value")).getRect();
            wait.until(d -> {
                var caret = d.findElement(By.cssSelector("#signup-first-name-value .osk-caret")).getRect();
                return caret.getX() >= box.getX() && caret.getX() + caret.getWidth() <= box.getX() + box.getWidth();
            });
            assertThat(box.getHeight()).as("the box keeps to one line").isLessThanOrEqualTo(72);
            Chromium.screenshot(driver, "signup-name-full-800x480.png");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
        }
    }

    private void step(String name, String stepText) throws IOException {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-bar"), stepText));
        assertThat(driver.getTitle()).endsWith("– Palvelupiste");
        Chromium.assertAccessible(driver, name + " step");
        Chromium.screenshot(driver, "signup-" + name + ".png");
    }

}
