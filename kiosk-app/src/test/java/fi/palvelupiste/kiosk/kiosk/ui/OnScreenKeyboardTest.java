package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names in Latin, Cyrillic and Arabic letters on the kiosk's own keyboard, which follows the screen's language. */
@KioskTest
class OnScreenKeyboardTest extends SpringBrowserlessTest {

    @Test
    void the_keyboard_takes_the_script_of_the_language_and_a_key_switches_to_the_next_one() {
        navigate(StartView.class);
        OnScreenField field = new OnScreenField("name", "Nimi");
        OnScreenKeyboard keyboard = new OnScreenKeyboard(OnScreenKeyboard.Layout.NAMES);
        keyboard.setTarget(field);
        UI.getCurrent().add(field, keyboard);
        assertThat(keyboard.script()).isEqualTo(OnScreenKeyboard.Script.LATIN);
        type("õie");
        test($(Button.class).id("osk-key-space")).click();
        type("šmidt");
        assertThat(field.getValue()).isEqualTo("Õie Šmidt");

        UI.getCurrent().setLocale(Language.UK.locale());
        assertThat(keyboard.script()).isEqualTo(OnScreenKeyboard.Script.UKRAINIAN);
        field.clear();
        type("дем'ян");
        assertThat(field.getValue()).as("a capital at the word's start, apostrophe kept").isEqualTo("Дем'ян");
        assertThat($(Button.class).id("osk-key-space").getText()).isNotEqualTo("Välilyönti");

        test($(Button.class).id("keyboard-script")).click();
        assertThat(keyboard.script()).isEqualTo(OnScreenKeyboard.Script.RUSSIAN);
        field.clear();
        type("ёжик");
        assertThat(field.getValue()).isEqualTo("Ёжик");

        UI.getCurrent().setLocale(Language.AR.locale());
        assertThat(keyboard.script()).isEqualTo(OnScreenKeyboard.Script.ARABIC);
        assertThat(keyboard.getElement().getAttribute("dir")).isEqualTo("rtl");
        field.clear();
        type("أحمد");
        assertThat(field.getValue()).isEqualTo("أحمد");
        for (OnScreenKeyboard.Script script : OnScreenKeyboard.Script.values()) {
            assertThat(script.letters().codePoints().filter(Character::isLetter).count())
                    .as("every letter of %s is a key", script).isGreaterThanOrEqualTo(28);
        }
    }

    private void type(String letters) {
        letters.chars().forEach(c -> test($(Button.class).id("osk-key-" + id((char) c))).click());
    }

    private static String id(char c) {
        return switch (c) {
            case 'ä' -> "auml";
            case 'ö' -> "ouml";
            case 'å' -> "aring";
            case '\'' -> "apostrophe";
            case '-' -> "hyphen";
            default -> c < 128 ? String.valueOf(c) : "u" + Integer.toHexString(c);
        };
    }
}
