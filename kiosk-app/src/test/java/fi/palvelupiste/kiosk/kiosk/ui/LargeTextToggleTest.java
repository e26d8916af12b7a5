package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.KioskTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Large text stays on through one resident's visit and is gone for the next one. */
@KioskTest
class LargeTextToggleTest extends SpringBrowserlessTest {

    @Test
    void large_text_stays_on_from_screen_to_screen_and_the_idle_reset_turns_it_off() {
        navigate(StartView.class);
        assertThat(toggle().getElement().getTextRecursively()).isEqualTo("Suuri teksti");
        assertThat(largeTextOnThePage()).isFalse();
        assertThat(toggle().getElement().getAttribute("aria-pressed")).isEqualTo("false");

        test(toggle()).click();
        assertThat(largeTextOnThePage()).isTrue();
        assertThat(toggle().getElement().getAttribute("aria-pressed")).isEqualTo("true");

        UI.getCurrent().navigate("signup/change");
        test($(Button.class).id("language-sv")).click();
        assertThat(largeTextOnThePage()).as("on the next screen, in another language").isTrue();
        assertThat(toggle().getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(toggle().getElement().getTextRecursively()).isEqualTo("Stor text");

        IdleGuard guard = $(IdleGuard.class).single();
        assertThat(guard.quietTooLong()).isTrue();
        for (int second = 0; second < 15; second++) {
            guard.countdown();
        }
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
        assertThat(largeTextOnThePage()).as("the next resident starts with normal text").isFalse();
        assertThat(toggle().getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void large_text_alone_on_the_start_screen_is_still_reset_for_the_next_resident() {
        navigate(StartView.class);
        IdleGuard guard = $(IdleGuard.class).single();
        assertThat(guard.quietTooLong()).as("a fresh start screen has nothing to reset").isFalse();

        test(toggle()).click();

        assertThat(guard.quietTooLong()).isTrue();
        for (int second = 0; second < 15; second++) {
            guard.countdown();
        }
        assertThat(largeTextOnThePage()).isFalse();
    }

    @Test
    void a_second_touch_gives_normal_text_back() {
        navigate(StartView.class);

        test(toggle()).click();
        test(toggle()).click();

        assertThat(largeTextOnThePage()).isFalse();
        assertThat(toggle().getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    private Button toggle() {
        return $(Button.class).id("large-text");
    }

    private static boolean largeTextOnThePage() {
        return UI.getCurrent().getElement().getClassList().contains(LargeTextToggle.BODY_CLASS);
    }
}
