package fi.palvelupiste.kiosk.photoday.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.i18n.DateWords;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.photoday.PhotoDayFixtures;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.photoday.WalkInTaken;
import fi.palvelupiste.kiosk.queue.QueueUpdates;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.book;
import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.moveTo;
import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.photoDay;
import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.photoDayBeside;
import static org.assertj.core.api.Assertions.assertThat;

/** The photo day's screens without a browser: the resident's check-in and walk-in number, the photographer's page. */
@KioskTest
@TestPropertySource(properties = PhotoDayFixtures.OWN_CONTEXT)
class PhotoDayViewsTest extends SpringBrowserlessTest {

    @Autowired
    PhotoDays photoDays;
    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    QueueUpdates updates;
    @Autowired
    DateWords dates;
    @Autowired
    PrinterPort printer;
    @Autowired
    MutableClock clock;

    @Test
    void a_resident_checks_in_on_the_start_screen_with_her_code_and_sees_her_time_and_how_many_are_before_her() {
        long event = photoDay(planning, clock, 2, 2);
        String code = book(signups, event, 0, "Aino", "Virtanen", null).signup().referenceCode();
        moveTo(clock, planning, event, LocalTime.of(9, 50));
        startScreen();

        click("start-choice-photo-day-check-in");
        typeCode(code);
        click("signup-next");
        click("osk-key-v");
        click("osk-key-i");
        click("signup-next");

        assertThat($(H1.class).single().getText()).isEqualTo("Saapumisesi on kirjattu");
        assertThat($(Div.class).id("check-in-time").getText()).isEqualTo("10.00");
        assertThat($(Paragraph.class).id("check-in-before").getText()).isEqualTo("Ennen sinua: 0");
        assertThat($(Paragraph.class).id("check-in-expected").getText()).startsWith("Sinut kutsutaan noin klo 09.5");
        assertThat(photoDays.line(planning.event(event).orElseThrow()).here()).hasSize(1);
    }

    @Test
    void a_booking_for_another_day_is_told_so_and_not_checked_in() {
        long other = photoDay(planning, clock, 1, 1);
        String code = book(signups, other, 0, "Olli", "Toinen", null).signup().referenceCode();
        long event = photoDay(planning, clock, 1, 1);
        moveTo(clock, planning, event, LocalTime.of(9, 50));
        navigate(CheckInView.class);

        typeCode(code);
        click("signup-next");
        click("osk-key-t");
        click("osk-key-o");
        click("signup-next");

        assertThat($(Paragraph.class).id("check-in-message").getText()).startsWith("Tämä koodi on toiseen tilaisuuteen");
        assertThat(photoDays.line(planning.event(other).orElseThrow()).here()).isEmpty();
    }

    @Test
    void without_a_booking_a_resident_takes_a_number_that_says_when_to_come_back_and_it_is_printed_once() {
        long event = photoDay(planning, clock, 2, 1);
        book(signups, event, 0, "Aino", "Virtanen", null);
        book(signups, event, 1, "Eino", "Korhonen", null);
        moveTo(clock, planning, event, LocalTime.of(9, 55));
        startScreen();

        click("start-choice-photo-day-walk-in");

        String number = $(Div.class).id("walk-in-number").getText();
        assertThat(number).startsWith("K ");
        assertThat($(Paragraph.class).id("walk-in-before").getText()).isEqualTo("Ennen sinua: 2");
        assertThat($(Paragraph.class).id("walk-in-come-back").getText())
                .as("after the two booked places, 10 minutes each").isEqualTo("Tule takaisin noin klo 10.20.");
        assertThat(VirtualPrinterOutput.awaitSlip(printer, t -> t.contains(number) && t.contains("Tule takaisin")).text())
                .contains("Tule takaisin noin klo 10.20", "Ennen sinua: 2");
        WalkInTaken taken = photoDays.walkIn(photoDays.line(planning.event(event).orElseThrow()).walkIns().getFirst().id())
                .orElseThrow();
        navigate("photo-day/walk-in/" + taken.number().id(), WalkInView.class);
        assertThat(photoDays.walkIn(taken.number().id()).orElseThrow().number().printJobId())
                .as("showing the number again prints nothing more").isEqualTo(taken.number().printJobId());
    }

    @Test
    @WithMockUser(username = "kuvaaja", roles = "STAFF")
    void with_two_photo_days_here_today_a_walk_in_chooses_the_photographer_and_the_tablet_shows_the_day_chosen() {
        long first = photoDay(planning, clock, 1, 1);
        long second = photoDayBeside(planning, clock, first, 1, 1);
        moveTo(clock, planning, first, LocalTime.of(9, 55));
        startScreen();

        click("start-choice-photo-day-walk-in");
        assertThat($(H1.class).single().getText()).isEqualTo("Kenen kuvaajan vuoronumeron otat?");
        click("walk-in-day-" + second);

        assertThat($(Div.class).id("walk-in-number").getText()).isEqualTo("K 1");
        assertThat(photoDays.line(planning.event(second).orElseThrow()).walkIns()).hasSize(1);
        assertThat(photoDays.line(planning.event(first).orElseThrow()).walkIns()).isEmpty();

        PhotographerView page = navigate(PhotographerView.class);
        assertThat($(H1.class).single().getText()).endsWith(planning.event(first).orElseThrow().title().get(Locale.of("fi")));
        test($(Select.class).id("photographer-day")).selectItem(
                planning.event(second).orElseThrow().title().get(Locale.of("fi")) + ", Seurakuntatalo");
        navigate(StartView.class);
        page = navigate(PhotographerView.class);
        assertThat($(H1.class).single().getText()).as("the choice is kept for the tablet's session")
                .endsWith(planning.event(second).orElseThrow().title().get(Locale.of("fi")));
        assertThat(page.next.getElement().getTextRecursively()).contains("K 1");
    }

    @Test
    @WithMockUser(username = "kuvaaja", roles = "STAFF")
    void the_photographer_calls_the_person_who_is_here_sees_the_phone_marks_photographed_and_checks_in_by_name() {
        long event = photoDay(planning, clock, 2, 1);
        Booked aino = book(signups, event, 0, "Aino", "Virtanen", "0401234567");
        Booked eino = book(signups, event, 1, "Eino", "Korhonen", null);
        moveTo(clock, planning, event, LocalTime.of(9, 58));
        String screen = UUID.randomUUID().toString();
        photoDays.checkIn(screen, "test-" + screen, aino.signup().referenceCode(), "Vi");

        PhotographerView page = navigate(PhotographerView.class);
        assertThat(page.here.getElement().getTextRecursively()).contains("10.00", "Aino Virtanen");
        assertThat(page.expected.getElement().getTextRecursively()).contains("10.10", "Eino Korhonen");
        assertThat(page.photographed.isEnabled()).isFalse();

        click("photographer-call-next");
        assertThat(page.now.getElement().getTextRecursively()).contains("Varaus klo 10.00 — Aino Virtanen");
        assertThat($(Div.class).id("photographer-phone").getText()).isEqualTo("040 123 4567");
        assertThat(page.callNext.isEnabled()).as("nobody is called over the one being photographed").isFalse();
        click("photographer-photographed");
        assertThat(page.now.getElement().getTextRecursively()).contains("Ketään ei kuvata nyt.");

        test($(TextField.class).id("photographer-search")).setValue("korh");
        click("photographer-find");
        click("photographer-found-check-in-" + eino.signup().id());
        assertThat(page.here.getElement().getTextRecursively()).contains("Eino Korhonen");
        assertThat(page.next.getElement().getTextRecursively()).contains("Varaus klo 10.10");

        PhotoDayDisplay display = new PhotoDayDisplay(photoDays, updates, dates, clock);
        assertThat(display.days.getElement().getTextRecursively()).as("the public display names nobody")
                .contains("10.10", "Ei vielä ketään").doesNotContain("Eino", "Korhonen");
    }

    @Test
    @WithMockUser(username = "kuvaaja", roles = "STAFF")
    void on_a_day_without_a_photo_day_the_page_says_so() {
        moveTo(clock, planning, photoDay(planning, clock, 1, 1), LocalTime.of(9, 0));
        clock.advance(java.time.Duration.ofDays(1));
        navigate(PhotographerView.class);
        assertThat($(Paragraph.class).id("photographer-none").getText()).isEqualTo("Täällä ei ole tänään valokuvauspäivää.");
    }

    /** The start screen drawn now: the one the test UI opened with was drawn before this test's photo day was today. */
    private void startScreen() {
        navigate(StartView.class);
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private void typeCode(String code) {
        for (char c : code.toCharArray()) {
            click("osk-key-" + Character.toLowerCase(c));
        }
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }
}
