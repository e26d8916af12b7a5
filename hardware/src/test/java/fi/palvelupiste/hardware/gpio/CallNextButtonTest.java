package fi.palvelupiste.hardware.gpio;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CallNextButtonTest extends Pi4jMockFixture {

    private static void press(MockDigitalInput input) {
        input.mockState(DigitalState.LOW);
        input.mockState(DigitalState.HIGH);
    }

    @Test
    void one_press_calls_the_listener_once() {
        CallNextButton button = new CallNextButton(pi4j, 17);
        AtomicInteger presses = new AtomicInteger();
        button.onPress(presses::incrementAndGet);
        MockDigitalInput input = (MockDigitalInput) button.input();
        input.mockState(DigitalState.HIGH);

        press(input);

        assertThat(presses).hasValue(1);
    }

    @Test
    void holding_the_button_down_is_still_one_press_and_releasing_is_none() {
        CallNextButton button = new CallNextButton(pi4j, 17, Duration.ZERO);
        AtomicInteger presses = new AtomicInteger();
        button.onPress(presses::incrementAndGet);
        MockDigitalInput input = (MockDigitalInput) button.input();
        input.mockState(DigitalState.HIGH); // idle: the pull-up holds the line high

        input.mockState(DigitalState.LOW);
        input.mockState(DigitalState.LOW);
        assertThat(button.pressed()).isTrue();
        input.mockState(DigitalState.HIGH);
        input.mockState(DigitalState.HIGH);

        assertThat(presses).hasValue(1);
    }

    @Test
    void contact_bounce_within_the_debounce_time_is_ignored_but_a_later_press_counts() {
        AtomicLong now = new AtomicLong();
        CallNextButton button = new CallNextButton(pi4j, 17, Duration.ofMillis(50), now::get);
        AtomicInteger presses = new AtomicInteger();
        button.onPress(presses::incrementAndGet);
        MockDigitalInput input = (MockDigitalInput) button.input();
        input.mockState(DigitalState.HIGH);

        press(input);
        now.addAndGet(Duration.ofMillis(3).toNanos());
        press(input); // bounce
        assertThat(presses).hasValue(1);

        now.addAndGet(Duration.ofMillis(400).toNanos());
        press(input);
        assertThat(presses).hasValue(2);
    }

    @Test
    void the_input_uses_the_pull_up_and_the_debounce_in_its_config() {
        CallNextButton button = new CallNextButton(pi4j, 22, Duration.ofMillis(30));
        assertThat(button.input().config().pull()).isEqualTo(PullResistance.PULL_UP);
        assertThat(button.input().config().debounce()).isEqualTo(30_000L);
        assertThat(button.input().config().address()).isEqualTo(22);
    }
}
