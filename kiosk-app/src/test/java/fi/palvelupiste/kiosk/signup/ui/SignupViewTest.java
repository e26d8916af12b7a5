package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.kiosk.ui.StepBar;
import fi.palvelupiste.kiosk.printing.PrintOutcome;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.signup.Slot;
import org.junit.jupiter.api.AfterEach;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole resident flow at the kiosk, tapped through as a resident would, without a browser. */
@KioskTest
class SignupViewTest extends SpringBrowserlessTest {

    private static final Map<Character, String> KEY_IDS = Map.of('å', "aring", 'ä', "auml", 'ö', "ouml",
            '-', "hyphen", '\'', "apostrophe", ' ', "space");

    @Autowired
    EventPlanning planning;
    @Autowired
    java.time.Clock clock;
    @Autowired
    SignupBooking signups;
    @Autowired
    PrinterPort printer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @AfterEach
    void printerBack() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
    }

    @Test
    void a_resident_signs_up_herself_and_her_neighbour_gets_a_slip_and_then_the_linked_bus() {
        long day = SignupFixtures.photoDay(planning, clock, 3, 2);
        long bus = SignupFixtures.trip(planning, clock, 40, day);
        Slot first = signups.slots(day).getFirst();
        navigate(StartView.class);

        click("start-choice-signup");
        assertThat(getCurrentView()).isInstanceOf(SignupView.class);
        assertThat($(StepBar.class).single().getStepText()).isEqualTo("Vaihe 1/7");
        click("signup-event-" + day);
        assertThat($(StepBar.class).single().getStepText()).isEqualTo("Vaihe 2/7");
        assertThat($(Button.class).id("signup-slot-" + first.id()).getElement().getTextRecursively())
                .contains("10.00", "2 vapaata");
        click("signup-slot-" + first.id());

        type("aino");
        click("signup-next");
        type("virtanen-mäki");
        assertThat(field("signup-last-name").getValue()).isEqualTo("Virtanen-Mäki");
        click("signup-next");

        assertThat($(H1.class).single().getText()).isEqualTo("Puhelinnumerosi");
        for (char digit : "0401234567".toCharArray()) {
            click("keypad-" + digit);
        }
        click("signup-next");
        click("signup-need-wheelchair");
        assertThat($(Button.class).id("signup-need-wheelchair").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        click("signup-next");
        assertThat($(H1.class).single().getText()).isEqualTo("Tarvitsetko tulkin?");
        click("signup-interpreter-none");

        click("signup-companion-yes");
        assertThat($(StepBar.class).single().getStepText()).isEqualTo("Vaihe 6/7");
        type("eino");
        click("signup-next");
        type("naapuri");
        click("signup-next");
        click("signup-no-phone");
        click("signup-next");
        assertThat($(H1.class).single().getText()).isEqualTo("Tarvitseeko seuralaisesi tulkin?");
        click("signup-interpreter-none");

        String summary = $(Div.class).id("signup-summary").getElement().getTextRecursively();
        assertThat(summary).contains("Aino Virtanen-Mäki", "040 123 4567", "pyörätuoli", "Eino Naapuri", "ei puhelinta",
                "klo 10.00–10.10", "Kylätalo, Tervo");
        assertThat($(Paragraph.class).id("signup-privacy").getText()).contains("Tietosuoja", "30 päivän");
        click("signup-confirm");

        assertThat($(H1.class).single().getText()).isEqualTo("Olet ilmoittautunut!");
        String code = $(Div.class).id("signup-code").getText();
        String neighbourCode = $(Div.class).id("signup-companion-code").getText();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        assertThat(neighbourCode).matches("[2-9A-HJKMNP-Z]{6}").isNotEqualTo(code);
        SignupView view = (SignupView) getCurrentView();
        await().pollInSameThread().untilAsserted(() -> {
            view.printState.follow();
            assertThat(view.printState.outcome()).isEqualTo(PrintOutcome.PRINTED);
        });
        assertThat($(Paragraph.class).id("signup-print-state").getText()).startsWith("Ota lappu tulostimesta");
        assertThat(VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(neighbourCode)).text())
                .contains("klo 10.00-10.10");

        click("signup-linked-" + bus);
        Slot seats = signups.slots(bus).getFirst();
        click("signup-slot-" + seats.id());
        assertThat($(Div.class).id("signup-summary").getElement().getTextRecursively())
                .contains("Aino Virtanen-Mäki", "Eino Naapuri", "lähtö klo 08.30");
        click("signup-confirm");
        assertThat($(H1.class).single().getText()).isEqualTo("Olet ilmoittautunut!");
        assertThat(signups.slots(bus).getFirst().booked()).isEqualTo(2);

        click("signup-done");
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }

    @Test
    void a_wrong_name_and_a_wrong_phone_number_get_a_kind_message() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        navigate(SignupView.class);
        click("signup-event-" + day);
        click("signup-slot-" + signups.slots(day).getFirst().id());

        click("signup-next");
        assertThat(field("signup-first-name").errorText()).contains("Kirjoita etunimesi.");
        click("osk-key-hyphen");
        click("signup-next");
        assertThat(field("signup-first-name").errorText()).contains("Aloita kirjaimella");
        click("osk-clear");
        type("aino");
        click("signup-next");
        type("virtanen");
        click("signup-next");

        for (char digit : "0123".toCharArray()) {
            click("keypad-" + digit);
        }
        click("signup-next");
        assertThat(field("signup-phone").errorText()).contains("Tarkista numero", "04", "050");
        click("keypad-backspace");
        assertThat(field("signup-phone").getValue()).isEqualTo("012");
        for (int i = 0; i < 3; i++) {
            click("keypad-backspace");
        }
        for (char digit : "040123456789".toCharArray()) {
            click("keypad-" + digit);
        }
        click("signup-next");
        assertThat(field("signup-phone").errorText()).as("a number too long is said to be too long")
                .contains("Numerossa on liikaa numeroita.");
    }

    @Test
    void cancel_asks_once_before_throwing_away_typed_text() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        navigate(SignupView.class);
        click("signup-event-" + day);
        click("signup-slot-" + signups.slots(day).getFirst().id());
        type("aino");

        click("flow-cancel");
        click("flow-cancel-keep");
        assertThat(field("signup-first-name").getValue()).isEqualTo("Aino");

        click("flow-cancel");
        click("flow-cancel-confirm");
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }

    @Test
    void back_returns_to_the_previous_step_with_what_was_typed() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        navigate(SignupView.class);
        click("signup-event-" + day);
        click("signup-slot-" + signups.slots(day).getFirst().id());
        type("aino");
        click("signup-next");
        type("virtanen");
        click("signup-next");

        click("flow-back");

        assertThat(field("signup-first-name").getValue()).isEqualTo("Aino");
        assertThat(field("signup-last-name").getValue()).isEqualTo("Virtanen");
    }

    @Test
    void the_same_person_again_is_offered_a_reprint_instead_of_a_second_booking() {
        long day = SignupFixtures.photoDay(planning, clock, 2, 2);
        List<Slot> slots = signups.slots(day);
        signUp(day, slots.get(0), "aino", "virtanen");
        String code = $(Div.class).id("signup-code").getText();

        signUp(day, slots.get(1), "aino", "virtanen");

        assertThat($(H1.class).single().getText()).isEqualTo("Olet jo ilmoittautunut");
        assertThat($(Div.class).id("signup-code").getText()).isEqualTo(code);
        click("signup-reprint");
        assertThat($(Paragraph.class).id("signup-print-state").getText()).isNotBlank();
        assertThat(signups.slots(day).get(1).booked()).isZero();
    }

    @Test
    void a_full_event_offers_the_waitlist() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 1);
        signUp(day, signups.slots(day).getFirst(), "olli", "ensin");
        navigate(StartView.class);
        navigate(SignupView.class);
        click("signup-event-" + day);

        assertThat($(Paragraph.class).id("signup-full").getText()).contains("jonotuslistalle");
        assertThat($(Button.class).id("signup-waitlist").getElement().getTextRecursively())
                .as("no call is promised before the phone is asked").contains("itsestään", "jos annat");
        click("signup-waitlist");
        type("aino");
        click("signup-next");
        type("jonossa");
        click("signup-next");
        click("signup-no-phone");
        click("signup-next");
        click("signup-interpreter-none");
        click("signup-companion-no");
        assertThat($(Div.class).id("signup-summary").getElement().getTextRecursively())
                .as("without a phone nobody can call: the resident is told how she will know")
                .contains("kukaan ei voi soittaa", "kioskilla", "kirjastosta").doesNotContain("Järjestäjä soittaa");
        click("signup-confirm");

        assertThat($(H1.class).single().getText()).isEqualTo("Olet jonotuslistalla");
        assertThat($(Paragraph.class).id("signup-waitlist-position").getText()).contains("sijalla 1", "kioskilla")
                .doesNotContain("soittaa");
        String code = $(Div.class).id("signup-code").getText();
        assertThat(VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code)).text())
                .contains("Minulla on varauskoodi");
        assertThat(jdbc.sql("SELECT status FROM signup WHERE reference_code = :c").param("c", code)
                .query(String.class).single()).isEqualTo(SignupStatus.WAITLISTED.name());
    }

    @Test
    void when_the_printer_cannot_print_the_code_is_still_shown_and_the_sign_up_is_valid() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.PAPER_OUT);
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);

        signUp(day, signups.slots(day).getFirst(), "aino", "virtanen");

        String code = $(Div.class).id("signup-code").getText();
        Paragraph state = $(Paragraph.class).id("signup-print-state");
        assertThat(state.getText()).contains("Tulostin ei juuri nyt toimi", code);
        assertThat(state.getClassNames()).contains("ticket-print-problem");
        assertThat(signups.slots(day).getFirst().booked()).isEqualTo(1);
    }

    @Test
    void the_screen_speaks_swedish_and_keeps_what_was_typed() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        navigate(SignupView.class);
        click("signup-event-" + day);
        click("signup-slot-" + signups.slots(day).getFirst().id());
        type("åsa");

        click("language-sv");

        assertThat($(H1.class).single().getText()).isEqualTo("Skriv ditt namn");
        assertThat($(StepBar.class).single().getStepText()).isEqualTo("Steg 3/7");
        assertThat(field("signup-first-name").getValue()).isEqualTo("Åsa");
    }

    @Test
    void a_ukrainian_resident_signs_up_with_a_cyrillic_name_and_gets_a_ukrainian_slip() {
        signUpIn(Language.UK, "олена", "коваль", "Олена Коваль");
    }

    @Test
    void an_arabic_resident_signs_up_right_to_left_with_an_arabic_name_and_gets_an_arabic_slip() {
        signUpIn(Language.AR, "أحمد", "علي", "أحمد علي");
        assertThat($(fi.palvelupiste.kiosk.kiosk.ui.KioskLayout.class).single().getElement().getAttribute("dir"))
                .isEqualTo("rtl");
    }

    /** The whole sign-up in another language, the name typed on the keyboard of its script. */
    private void signUpIn(Language language, String first, String last, String fullName) {
        long day = SignupFixtures.photoDay(planning, clock, 1, 3);
        navigate(StartView.class);
        click("language-more");
        click("languages-" + language.code());
        click("start-choice-signup");
        click("signup-event-" + day);
        click("signup-slot-" + signups.slots(day).getFirst().id());
        assertThat($(H1.class).single().getText()).isEqualTo(t(language, "signup.name.heading"));
        // Back points the way the screen reads: to the right in a right-to-left screen, Next the other way
        assertThat($(Button.class).id("flow-back").getText()).startsWith(language.rightToLeft() ? "→" : "←");
        assertThat($(Button.class).id("signup-next").getText()).endsWith(language.rightToLeft() ? "←" : "→");
        type(first);
        click("signup-next");
        type(last);
        click("signup-next");
        click("signup-no-phone");
        click("signup-next");
        click("signup-interpreter-none");
        click("signup-companion-no");
        assertThat($(H1.class).single().getText()).isEqualTo(t(language, "signup.summary.heading"));
        assertThat($(Div.class).id("signup-summary").getElement().getTextRecursively()).contains(fullName);
        click("signup-confirm");

        assertThat($(H1.class).single().getText()).isEqualTo(t(language, "signup.done.heading"));
        String code = $(Div.class).id("signup-code").getText();
        assertThat(jdbc.sql("SELECT first_name || ' ' || last_name || '|' || language FROM signup "
                + "WHERE reference_code = :code").param("code", code).query(String.class).single())
                .isEqualTo(fullName + "|" + language.code());
        String slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code)).text();
        assertThat(slip).as("no letter lost to the printer's tables").doesNotContain("??");
        if (!language.rightToLeft()) {
            assertThat(slip).contains(t(language, "signup.slip.confirmation"))
                    .as("the organiser's Finnish inside a line in the resident's language").contains("henkilökortti");
        }
    }

    private String t(Language language, String key) {
        return i18n.getTranslation(key, language.locale());
    }

    private void signUp(long day, Slot slot, String first, String last) {
        // a fresh screen, as after the start screen: the same route would keep the old screen object
        navigate(StartView.class);
        navigate(SignupView.class);
        click("signup-event-" + day);
        click("signup-slot-" + slot.id());
        type(first);
        click("signup-next");
        type(last);
        click("signup-next");
        click("signup-no-phone");
        click("signup-next");
        click("signup-interpreter-none");
        click("signup-companion-no");
        click("signup-confirm");
    }

    @Test
    void a_full_name_field_says_so_instead_of_dropping_taps_silently() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 1);
        navigate(SignupView.class);
        click("signup-event-" + day);
        click("signup-slot-" + signups.slots(day).getFirst().id());
        type("a".repeat(60));
        OnScreenField first = field("signup-first-name");
        assertThat(first.getValue()).hasSize(60);
        assertThat(first.errorText()).isEmpty();
        type("b");
        assertThat(first.getValue()).as("the 61st letter is not added").hasSize(60).doesNotContain("b");
        assertThat(first.errorText()).contains("enintään 60 merkkiä");
        click("osk-backspace");
        assertThat(first.errorText()).as("fixing the text clears the word").isEmpty();
    }

    private void type(String text) {
        for (char c : text.toCharArray()) {
            click("osk-key-" + KEY_IDS.getOrDefault(c, c < 128 ? String.valueOf(c) : "u" + Integer.toHexString(c)));
        }
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private OnScreenField field(String id) {
        return $(OnScreenField.class).id(id);
    }
}
