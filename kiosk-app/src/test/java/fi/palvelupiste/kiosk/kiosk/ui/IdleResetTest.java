package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.KioskTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The idle reset gives the next resident a fresh start: the previous one's wrong codes and wait go with them. */
@KioskTest
class IdleResetTest extends SpringBrowserlessTest {

    @Test
    void after_the_idle_reset_the_next_resident_does_not_wait_for_the_previous_ones_wrong_codes() {
        UI.getCurrent().navigate("signup/change");
        for (int attempt = 0; attempt < 3; attempt++) {
            tryCode("YYYYY" + (attempt + 2));
        }
        assertThat(codeError()).contains("Odota", "sekuntia");

        IdleGuard guard = $(IdleGuard.class).single();
        guard.quietTooLong();
        for (int second = 0; second < 15; second++) {
            guard.countdown();
        }
        assertThat(getCurrentView()).isInstanceOf(StartView.class);

        UI.getCurrent().navigate("signup/change");
        assertThat(codeError()).as("no wait message left on the screen").isNullOrEmpty();
        tryCode("YYYYY9");
        // not the previous resident's wait; (the device-wide limit, which other tests' wrong codes on this test
        // address may have reached, is about the rate of guessing and is tested in CodeAttemptGuardTest)
        assertThat(codeError()).doesNotContain("Yrityksiä oli liian monta")
                .containsAnyOf("Varausta ei löytynyt", "Tällä laitteella on kokeiltu");
    }

    private void tryCode(String code) {
        click("osk-clear");
        for (char c : code.toCharArray()) {
            click("osk-key-" + Character.toLowerCase(c));
        }
        click("signup-next");
        click("osk-key-x");
        click("signup-next");
    }

    private String codeError() {
        return $(OnScreenField.class).id("change-code").errorText();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }
}
