package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.SpringProperties;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.ResidentScreenMonkey;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.ResidentName;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupService;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
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
    SignupService signups;
    @Autowired
    Clock clock;

    /** A photo day with room, and Aino Virtanen signed up for it: made once, committed. */
    record Fixture(long event, long slot, String code) {
    }

    private static Fixture fixture;

    private Fixture fixture() {
        if (fixture == null) {
            fixture = new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
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
        SpringProperties.rolledBack(context, () -> {
            long before = lastId("signup");
            navigate(StartView.class);
            navigate(SignupView.class);
            click("signup-event-" + day.event());
            click("signup-slot-" + day.slot());
            play(taps, SignupView.class);
            assertBookedPeopleValid("signup", before);
        });
    }

    @Property(tries = 100)
    void letters_typed_past_the_limit_stop_at_sixty_and_a_name_is_taken_or_explained(
            @ForAll("keyboardText") String first, @ForAll("keyboardText") String last) {
        Fixture day = fixture();
        SpringProperties.rolledBack(context, () -> {
            navigate(StartView.class);
            SignupView view = navigate(SignupView.class);
            click("signup-event-" + day.event());
            click("signup-slot-" + day.slot());
            type(first);
            assertThat($(OnScreenField.class).id("signup-first-name").getValue().codePoints().count())
                    .isLessThanOrEqualTo(ResidentName.MAX_LENGTH);
            click("signup-next");
            if (ResidentName.isValid(view.resident.firstName)) {
                type(last);
                click("signup-next");
            }
            assertScreenTranslated();
            boolean valid = ResidentName.isValid(view.resident.firstName) && ResidentName.isValid(view.resident.lastName);
            assertThat($(OnScreenField.class).withId("signup-phone").exists()).as("on the phone step").isEqualTo(valid);
            if (!valid) {
                assertThat($(OnScreenField.class).all()).anySatisfy(field -> assertThat(field.errorText()).isNotEmpty());
            }
        });
    }

    @Property(tries = 200)
    void any_taps_on_the_code_screens_fail_nothing(@ForAll("taps") List<Integer> taps, @ForAll boolean rightCode) {
        Fixture day = fixture();
        SpringProperties.rolledBack(context, () -> {
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
    void sixty_one_letters_on_the_keyboard_keep_sixty() {
        letters_typed_past_the_limit_stop_at_sixty_and_a_name_is_taken_or_explained("a".repeat(61), "virtanen");
    }

    @Provide
    Arbitrary<List<Integer>> taps() {
        return taps(120);
    }

    @Provide
    Arbitrary<String> keyboardText() {
        return Arbitraries.strings().withChars("qwertyuiopåasdfghjklöäzxcvbnm-' ").ofMaxLength(90);
    }
}
