package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.flow.component.html.Div;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.SpringProperties;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.ResidentScreenMonkey;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.resident.ResidentName;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz of the resident's sign-up and "I have a code" screens through what the browser sends: taps on the kiosk's
 * own keyboard and keypad (backspace, clear, sequences past the 60-letter limit), on the text boxes and on every
 * button of the flow (next, back, cancel, language). Each try is rolled back. The screen never fails, every text on
 * it is translated, and whatever was booked holds names and a phone that pass the rules.
 */
@KioskTest
class ResidentSignupScreensFuzzProperties extends ResidentScreenMonkey {

    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;

    /** A photo day with room, and Aino Virtanen signed up for it: made once, committed. */
    record Fixture(long event, long slot, String code) {
    }

    private static Fixture fixture;

    private Fixture fixture() {
        if (fixture == null) {
            fixture = SpringProperties.committed(context, () -> {
                long event = SignupFixtures.photoDay(planning, clock, 2, 50);
                long slot = signups.slots(event).getFirst().id();
                Confirmation aino = signups.signUp(new SignupRequest(event, slot,
                        SignupFixtures.person("Aino", "Virtanen", null), null, Locale.of("fi")));
                return new Fixture(event, slot, aino.resident().signup().referenceCode());
            });
        }
        return fixture;
    }

    @Property(tries = 250)
    void any_taps_on_the_sign_up_screens_fail_nothing_and_book_only_valid_names(@ForAll("taps") List<Integer> taps) {
        Fixture day = fixture();
        rolledBack(() -> {
            long before = lastId("signup");
            navigate(StartView.class);
            navigate(SignupView.class);
            click("signup-event-" + day.event());
            click("signup-slot-" + day.slot());
            play(taps, SignupView.class);
            assertBookedPeopleValid("signup", before);
        });
    }

    @Property(tries = 150)
    void a_name_and_phone_typed_key_by_key_are_booked_as_typed_or_explained(@ForAll("keyboardText") String first,
                                                                           @ForAll("keyboardText") String last,
                                                                           @ForAll("keypadText") String phone) {
        Fixture day = fixture();
        rolledBack(() -> {
            long before = lastId("signup");
            navigate(StartView.class);
            SignupView view = navigate(SignupView.class);
            click("signup-event-" + day.event());
            click("signup-slot-" + day.slot());
            type(first);
            assertThat($(OnScreenField.class).id("signup-first-name").getValue().codePoints().count())
                    .isLessThanOrEqualTo(ResidentName.MAX_LENGTH);
            click("signup-next");
            if (ResidentName.isValid(view.flow().resident().firstName())) {
                type(last);
                click("signup-next");
            }
            assertScreenTranslated();
            boolean names = ResidentName.isValid(view.flow().resident().firstName()) && ResidentName.isValid(view.flow().resident().lastName());
            assertThat($(OnScreenField.class).withId("signup-phone").exists()).as("on the phone step").isEqualTo(names);
            if (!names) {
                assertThat($(OnScreenField.class).all()).anySatisfy(field -> assertThat(field.errorText()).isNotEmpty());
                return;
            }
            type(phone);
            assertThat($(OnScreenField.class).id("signup-phone").getValue()).hasSizeLessThanOrEqualTo(16);
            click("signup-next");
            assertScreenTranslated();
            String typedPhone = view.flow().resident().phone();
            if (!typedPhone.isBlank() && FinnishMobile.normalize(typedPhone).isEmpty()) {
                assertThat($(OnScreenField.class).id("signup-phone").errorText()).isNotEmpty();
                return;
            }
            click("signup-next");
            click("signup-interpreter-none");
            click("signup-companion-no");
            click("signup-confirm");
            assertScreenTranslated();
            assertThat($(Div.class).id("signup-code").getText()).matches("[2-9A-HJKMNP-Z]{6}");
            assertBookedPeopleValid("signup", before);
            assertThat(jdbc.sql("SELECT first_name || ' ' || last_name || ' ' || COALESCE(phone, '-') FROM signup"
                    + " WHERE id > :before").param("before", before).query(String.class).single())
                    .isEqualTo(view.flow().resident().firstName() + " " + view.flow().resident().lastName() + " "
                            + FinnishMobile.normalize(typedPhone).orElse("-"));
        });
    }

    @Property(tries = 200)
    void any_taps_on_the_code_screens_fail_nothing(@ForAll("taps") List<Integer> taps, @ForAll boolean rightCode) {
        Fixture day = fixture();
        rolledBack(() -> {
            long before = lastId("signup");
            navigate(StartView.class);
            navigate(ChangeBookingView.class);
            if (rightCode) {
                type(day.code());
                click("signup-next");
                type("vi");
                click("signup-next");
            }
            play(taps, ChangeBookingView.class);
            assertBookedPeopleValid("signup", before);
        });
    }

    @Example
    void sixty_one_letters_on_the_keyboard_keep_sixty_and_the_name_is_booked() {
        a_name_and_phone_typed_key_by_key_are_booked_as_typed_or_explained("a".repeat(61), "virtanen", "0401234567");
    }

    @Provide
    Arbitrary<List<Integer>> taps() {
        return taps(80);
    }

    @Provide
    Arbitrary<String> keyboardText() {
        return Arbitraries.strings().withChars("qwertyuiopåasdfghjklöäzxcvbnm-' ⌫").ofMaxLength(90);
    }

    @Provide
    Arbitrary<String> keypadText() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789+⌫").ofMaxLength(20),
                Arbitraries.of("0401234567", "+358501234567", "050123456", ""));
    }
}
