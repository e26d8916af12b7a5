package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.TestClock;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;

import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.book;
import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.moveTo;
import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.photoDay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A photo day in Chromium, from the resident's check-in at the kiosk to "photographed" on the photographer's page,
 * with axe on both. The clock is the tests' movable one, moved to the morning of the photo day.
 */
@Import(TestClock.class)
class PhotoDayBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Kuvauspaiva-2026-talvi";

    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    PhotoDays photoDays;
    @Autowired
    MutableClock clock;

    @Test
    void a_booked_resident_checks_in_at_the_kiosk_and_the_photographer_calls_and_photographs_her() throws IOException {
        staffAccount(accounts, "kuvaaja-e2e", "Kalle Kuvaaja", Set.of(Role.STAFF), PASSWORD);
        long event = photoDay(planning, clock, 2, 1);
        Booked aino = book(signups, event, 0, "Aino", "Virtanen", "0401234567");
        moveTo(clock, planning, event, LocalTime.of(9, 55));

        driver.get(url("/"));
        click("start-choice-photo-day-check-in");
        heading("Kirjoita varauskoodisi");
        type(aino.signup().referenceCode().toLowerCase(Locale.ROOT));
        click("signup-next");
        heading("Sukunimesi alku");
        type("vi");
        click("signup-next");
        heading("Saapumisesi on kirjattu");
        waitText("check-in-time", "10.00");
        Chromium.assertAccessible(driver, "photo day check-in");

        logInAsStaff("kuvaaja-e2e", PASSWORD);
        driver.get(url("/staff/photo-day"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("photographer-here"), "Aino Virtanen"));
        Chromium.assertAccessible(driver, "photographer's page");

        click("photographer-call-next");
        waitText("photographer-phone", "040 123 4567");
        click("photographer-photographed");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("photographer-now"), "Ketään ei kuvata nyt."));
        Chromium.screenshot(driver, "photographer.png");

        assertThat(photoDays.line(planning.event(event).orElseThrow()).attendees())
                .filteredOn(a -> a.signupId() == aino.signup().id()).singleElement()
                .satisfies(a -> assertThat(a.photographedAt()).isNotNull());
    }
}
