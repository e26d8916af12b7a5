package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.signup.SignupChanges;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.signup.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** "I have a reference code" at the kiosk: cancel or move a booking, with a slip; guessing is slowed down. */
@KioskTest
class ChangeBookingViewTest extends SpringBrowserlessTest {

    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges signupChanges;
    @Autowired
    PrinterPort printer;
    @Autowired
    Clock clock;

    @Test
    void a_resident_cancels_with_her_code_the_place_goes_to_the_waitlist_and_a_slip_confirms_it() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 1);
        Slot slot = signups.slots(day).getFirst();
        Confirmation mine = signups.signUp(new SignupRequest(day, slot.id(),
                SignupFixtures.person("Aino", "Virtanen", null), null, Locale.of("fi")));
        Confirmation waiting = signups.signUp(new SignupRequest(day, null,
                SignupFixtures.person("Eino", "Jonossa", "0401234567"), null, Locale.of("fi")));
        String code = mine.resident().signup().referenceCode();
        navigate(StartView.class);

        click("start-choice-signup-code");
        typeCode(code);
        click("signup-next");
        click("osk-key-v");
        click("osk-key-i");
        click("signup-next");

        assertThat($(H1.class).single().getText()).isEqualTo("Varauksesi");
        assertThat(text("change-booking")).contains("Aino Virtanen", "klo 10.00–10.10");
        click("change-cancel");
        click("change-cancel-confirm");

        assertThat($(H1.class).single().getText()).isEqualTo("Varauksesi on peruttu");
        assertThat(signupChanges.booking(mine.resident().signup().id()).orElseThrow().signup().status())
                .isEqualTo(SignupStatus.CANCELLED);
        assertThat(signupChanges.booking(waiting.resident().signup().id()).orElseThrow().signup().status())
                .isEqualTo(SignupStatus.CONFIRMED);
        assertThat(VirtualPrinterOutput.awaitSlip(printer, t -> t.contains(code) && t.contains("Varaus peruttu")).text())
                .contains("Varauskoodi", "Peruttu aika: klo 10.00-10.10");
    }

    @Test
    void a_resident_moves_her_booking_to_another_time_and_keeps_her_code() {
        long day = SignupFixtures.photoDay(planning, clock, 3, 2);
        List<Slot> slots = signups.slots(day);
        Confirmation mine = signups.signUp(new SignupRequest(day, slots.get(0).id(),
                SignupFixtures.person("Åsa", "Öhman", null), null, Locale.of("fi")));
        String code = mine.resident().signup().referenceCode();
        navigate(ChangeBookingView.class);
        typeCode(code);
        click("signup-next");
        click("osk-key-ouml");
        click("osk-key-h");
        click("signup-next");

        click("change-move");
        click("change-slot-" + slots.get(2).id());

        assertThat($(H1.class).single().getText()).isEqualTo("Aikasi on vaihdettu");
        assertThat($(Paragraph.class).id("change-new-time").getText()).contains("klo 10.20–10.30");
        assertThat(signups.slots(day)).extracting(Slot::booked).containsExactly(0, 0, 1);
        VirtualPrinterOutput.awaitSlip(printer, t -> t.contains(code) && t.contains("Varaus muutettu"));
    }

    @Test
    void a_wrong_code_is_explained_and_many_wrong_codes_make_the_screen_wait() {
        navigate(ChangeBookingView.class);
        typeCode("ABC");
        click("signup-next");
        assertThat($(OnScreenField.class).id("change-code").errorText()).contains("6 merkkiä");

        for (int attempt = 0; attempt < 3; attempt++) {
            click("osk-clear");
            typeCode("ZZZZZ" + (attempt + 2));
            click("signup-next");
            click("osk-key-x");
            click("osk-key-y");
            click("signup-next");
        }

        assertThat($(OnScreenField.class).id("change-code").errorText()).contains("Odota", "sekuntia");
    }

    @Test
    void after_a_wrong_code_the_right_code_starts_with_an_empty_surname_and_finds_the_booking() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 1);
        Confirmation mine = signups.signUp(new SignupRequest(day, signups.slots(day).getFirst().id(),
                SignupFixtures.person("Aino", "Virtanen", null), null, Locale.of("fi")));
        String code = mine.resident().signup().referenceCode();
        navigate(ChangeBookingView.class);
        typeCode(code.equals("ZZZZZ2") ? "ZZZZZ3" : "ZZZZZ2");
        click("signup-next");
        click("osk-key-v");
        click("osk-key-i");
        click("signup-next");
        assertThat($(OnScreenField.class).id("change-code").errorText()).isNotEmpty();

        click("osk-clear");
        typeCode(code);
        click("signup-next");
        assertThat($(OnScreenField.class).id("change-surname").getValue()).as("the letters of the wrong try are gone")
                .isEmpty();
        click("osk-key-v");
        click("osk-key-i");
        click("signup-next");
        assertThat($(H1.class).single().getText()).isEqualTo("Varauksesi");
        assertThat(text("change-booking")).contains("Aino Virtanen");
    }

    @Test
    void a_resident_with_no_phone_promoted_from_the_waitlist_is_told_her_time_and_can_print_its_slip_once() {
        OnePlace day = onePlaceAndOneWaiting();
        String code = day.waiting().resident().signup().referenceCode();
        signupChanges.cancel(day.placed().resident().signup().id(), Actor.KIOSK, Locale.of("fi"));
        lookUp(code, "osk-key-j", "osk-key-o");

        assertThat($(Paragraph.class).id("change-promoted").getText()).contains("sait paikan", "klo 10.00–10.10");
        click("change-place-slip");

        assertThat($(Button.class).withId("change-place-slip").exists()).as("offered once").isFalse();
        assertThat($(H1.class).single().getText()).as("the booking stays on screen").isEqualTo("Varauksesi");
        assertThat(VirtualPrinterOutput.awaitSlip(printer, t -> t.contains(code)
                && t.contains("Sait paikan jonotuslistalta")).text()).contains("klo 10.00-10.10");
        lookUp(code, "osk-key-j", "osk-key-o");
        assertThat($(Paragraph.class).id("change-promoted").getText()).contains("sait paikan");
        assertThat($(Button.class).withId("change-place-slip").exists()).as("printed already: not offered again")
                .isFalse();
    }

    @Test
    void a_place_slip_is_not_offered_to_whom_got_her_place_at_once_or_still_waits() {
        OnePlace day = onePlaceAndOneWaiting();

        lookUp(day.placed().resident().signup().referenceCode(), "osk-key-e", "osk-key-n");
        assertThat($(Button.class).withId("change-place-slip").exists()).isFalse();
        assertThat($(Paragraph.class).withId("change-promoted").exists()).isFalse();
        lookUp(day.waiting().resident().signup().referenceCode(), "osk-key-j", "osk-key-o");
        assertThat($(Button.class).withId("change-place-slip").exists()).isFalse();
        assertThat(text("change-booking")).as("still waiting with no phone: told again how she will know")
                .contains("sijalla 1", "kioskilla").doesNotContain("soittaa");
    }

    /** A photo day with one place: Olli Ensin has it, Aino Jonossa (no phone) waits for it. */
    private record OnePlace(Confirmation placed, Confirmation waiting) {
    }

    private OnePlace onePlaceAndOneWaiting() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 1);
        return new OnePlace(signups.signUp(new SignupRequest(day, signups.slots(day).getFirst().id(),
                SignupFixtures.person("Olli", "Ensin", null), null, Locale.of("fi"))),
                signups.signUp(new SignupRequest(day, null,
                        SignupFixtures.person("Aino", "Jonossa", null), null, Locale.of("fi"))));
    }

    /** From the start screen, as a resident coming back does: each lookup starts a new visit of the view. */
    private void lookUp(String code, String... surnameKeys) {
        navigate(StartView.class);
        click("start-choice-signup-code");
        typeCode(code);
        click("signup-next");
        for (String key : surnameKeys) {
            click(key);
        }
        click("signup-next");
    }

    private void typeCode(String code) {
        for (char c : code.toCharArray()) {
            click("osk-key-" + Character.toLowerCase(c));
        }
    }

    private String text(String id) {
        return $(com.vaadin.flow.component.html.Div.class).id(id).getElement().getTextRecursively();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }
}
