package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.SeededTrip;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident signs up for the seeded bus to the police permit office in Kuopio and asks for a ride from her village,
 * in real headless Chromium with only the on-screen keyboard; axe-core scans every step; the boarding slip prints.
 */
class RideBrowserIT extends BrowserTest {

    /** V22 and V51: the Kuopio permit trip and its chartered bus's Kuuslahti stop (08.00). */
    private static final String KUUSLAHTI_STOP = SeededTrip.KUUSLAHTI_STOP;

    @Autowired
    PrinterPort printer;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges signupChanges;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning ridePlanning;
    @Autowired
    Clock clock;

    @Test
    void a_resident_signs_up_for_the_kuopio_trip_with_a_ride_from_kuuslahti_and_gets_a_boarding_slip()
            throws IOException {
        long trip = SeededTrip.openFor(jdbc, clock);
        long kuuslahti = jdbc.sql("SELECT id FROM ride_stop WHERE public_id = CAST(:p AS UUID)")
                .param("p", KUUSLAHTI_STOP).query(Long.class).single();
        long departure = signups.slots(trip).getFirst().id();
        driver.get("http://localhost:" + port + "/");
        heading("Tervetuloa!");
        Chromium.assertAccessible(driver, "start screen");

        click("start-choice-signup");
        heading("Mihin haluat ilmoittautua?");
        step("event", "Vaihe 1/");
        tapChoice("signup-event-" + trip);
        heading("Tule mukaan kyytiin");
        step("departure", "Vaihe 2/8");
        // on the 7" panel the trip's long name and description once left its one departure no room at all
        panel(800, 480);
        tapChoice("signup-slot-" + departure);
        driver.manage().window().setSize(new Dimension(1280, 1024));

        heading("Kirjoita nimesi");
        type("hilkka");
        waitText("signup-first-name-value", "Hilkka");
        click("signup-next");
        type("kyläläinen");
        waitText("signup-last-name-value", "Kyläläinen");
        step("name", "Vaihe 3/8");
        click("signup-next");

        heading("Puhelinnumerosi");
        for (char digit : "0501234567".toCharArray()) {
            click("keypad-" + digit);
        }
        waitText("signup-phone-value", "0501234567");
        step("phone", "Vaihe 4/8");
        click("signup-next");

        heading("Tarvitsetko apua?");
        step("needs", "Vaihe 5/8");
        click("signup-next");
        heading("Tarvitsetko tulkin?");
        click("signup-interpreter-none");

        heading("Tarvitsetko kyydin?");
        step("ride-question", "Vaihe 6/8");
        click("ride-yes");

        heading("Mistä sinut haetaan?");
        assertThat(driver.findElement(By.id("ride-stop-" + kuuslahti)).getText())
                .contains("Kuuslahti, Kylätalon piha, klo 08.00");
        step("ride-stop", "Vaihe 6/8");
        tapChoice("ride-stop-" + kuuslahti);

        heading("Montako teitä matkustaa?");
        step("ride-seats", "Vaihe 6/8");
        click("ride-seats-1");

        heading("Tuleeko joku mukaasi?");
        step("companion", "Vaihe 7/8");
        click("signup-companion-no");

        heading("Tarkista tiedot");
        assertThat(driver.findElement(By.id("signup-summary")).getText())
                .contains("Hilkka Kyläläinen", "050 123 4567", "Kuuslahti, Kylätalon piha, klo 08.00", "1 matkustaja");
        step("summary", "Vaihe 8/8");
        click("signup-confirm");

        heading("Olet ilmoittautunut!");
        String code = driver.findElement(By.id("signup-code")).getText();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        assertThat(driver.findElement(By.id("signup-code")).getCssValue("font-size")).isEqualTo("112px");
        assertThat(driver.findElement(By.id("ride-done")).getText())
                .contains("Kyyti: Kuuslahti, Kylätalon piha", "klo 08.00", "1 istumapaikka");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signup-print-state"), "Ota lappu"));
        Chromium.assertAccessible(driver, "confirmation");
        Chromium.screenshot(driver, "ride-signup-done.png");

        RideTicket ride = signupChanges.ride(code, Locale.of("fi")).orElseThrow();
        assertThat(ride.referenceCode()).as("one code covers the sign-up and the ride").isEqualTo(code);
        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer,
                text -> text.contains(code) && text.contains("KYYTILIPPU"));
        assertThat(slip.text()).contains("Nouto klo 08.00", "Kuuslahti", "Kylätalon piha", "Paluu noin klo 15.00",
                "044 765 4321", "1 istumapaikka").doesNotContain("Hilkka", "Kyläläinen", "050");
        assertThat(Files.size(slip.escPosFile())).isLessThanOrEqualTo(800);

        click("signup-done");
        heading("Tervetuloa!");
    }

    @Test
    void a_resident_books_a_ride_on_its_own_with_a_wheelchair_place_and_every_step_is_accessible() throws IOException {
        String name = "Asiointikyyti e2e " + System.nanoTime() % 100_000;
        long ride = ridePlanning.save(null, new RideDraft(null, LocalDate.now(clock).plusDays(6), LocalizedText.of(Language.FI, name), "Karttulan keskusta", Vehicle.SERVICE_MINIBUS, 8, 1, LocalTime.of(13, 0), "Tervon kunta",
                "044 123 4567"), Actor.staff("e2e"));
        long stop = ridePlanning.addStop(ride, "Tervo kirkonkylä", "Kylätalon piha", LocalTime.of(9, 0), Actor.staff("e2e"));
        driver.get("http://localhost:" + port + "/");
        heading("Tervetuloa!");

        click("start-choice-ride");
        heading("Mihin kyytiin haluat?");
        step("ride-choose", "Vaihe 1/7");
        click("ride-" + ride);
        heading("Mistä sinut haetaan?");
        step("ride-only-stop", "Vaihe 2/7");
        tapChoice("ride-stop-" + stop);
        heading("Montako teitä matkustaa?");
        step("ride-only-seats", "Vaihe 3/7");
        click("ride-seats-2");
        heading("Tarvitaanko pyörätuolipaikka?");
        step("ride-only-wheelchair", "Vaihe 4/7");
        click("ride-wheelchair-yes");
        heading("Kirjoita nimesi");
        type("väinö");
        waitText("signup-first-name-value", "Väinö");
        click("signup-next");
        type("pyörä");
        waitText("signup-last-name-value", "Pyörä");
        step("ride-only-name", "Vaihe 5/7");
        click("signup-next");
        heading("Puhelinnumerosi");
        step("ride-only-phone", "Vaihe 6/7");
        click("signup-no-phone");
        heading("Tarkista kyytisi");
        assertThat(driver.findElement(By.id("ride-summary")).getText())
                .contains(name, "Tervo kirkonkylä, Kylätalon piha", "Me kaksi", "pyörätuolipaikka", "Väinö Pyörä");
        step("ride-only-summary", "Vaihe 7/7");
        click("ride-confirm");

        heading("Kyytisi on varattu");
        String code = driver.findElement(By.id("signup-code")).getText();
        assertThat(driver.findElement(By.id("signup-code")).getCssValue("font-size")).isEqualTo("112px");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signup-print-state"), "Ota lappu"));
        Chromium.assertAccessible(driver, "ride confirmation");
        Chromium.screenshot(driver, "ride-only-done.png");
        assertThat(VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code) && text.contains("KYYTILIPPU"))
                .text()).contains(name, "Nouto klo 09.00", "1 istumapaikka, pyörätuolipaikka")
                .doesNotContain("Väinö", "Pyörä");
        click("signup-done");
        heading("Tervetuloa!");
    }

    private void step(String name, String stepText) throws IOException {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-bar"), stepText));
        assertThat(driver.getTitle()).endsWith("– Palvelupiste");
        Chromium.assertAccessible(driver, name + " step");
        Chromium.screenshot(driver, "ride-signup-" + name + ".png");
    }

}
