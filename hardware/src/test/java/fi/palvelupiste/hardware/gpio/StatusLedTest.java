package fi.palvelupiste.hardware.gpio;

import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.hardware.testing.Eventually;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StatusLedTest extends Pi4jMockFixture {

    @Test
    void on_lights_the_led_and_off_puts_it_out() {
        StatusLed led = new StatusLed(pi4j, 27);
        assertThat(led.lit()).isFalse();
        led.set(StatusLed.Mode.ON);
        assertThat(led.lit()).isTrue();
        led.set(StatusLed.Mode.OFF);
        assertThat(led.lit()).isFalse();
        led.stop();
    }

    @Test
    void blinking_turns_the_led_on_and_off_until_stopped() {
        StatusLed led = new StatusLed(pi4j, 27, Duration.ofMillis(10));
        led.set(StatusLed.Mode.BLINKING);
        Eventually.await(Duration.ofSeconds(5), () -> !led.lit());
        Eventually.await(Duration.ofSeconds(5), led::lit);
        led.stop();
        assertThat(led.lit()).isFalse();
        assertThat(led.mode()).isEqualTo(StatusLed.Mode.OFF);
    }

    @Test
    void printer_status_maps_to_on_blinking_or_off() {
        StatusLed led = new StatusLed(pi4j, 27, Duration.ofMillis(10));
        PrinterStatusLight light = new PrinterStatusLight(led);
        light.statusChanged(PrinterStatus.UNKNOWN, PrinterStatus.READY);
        assertThat(led.mode()).isEqualTo(StatusLed.Mode.ON);
        assertThat(led.lit()).isTrue();
        light.statusChanged(PrinterStatus.READY, PrinterStatus.PAPER_OUT);
        assertThat(led.mode()).isEqualTo(StatusLed.Mode.BLINKING);
        light.statusChanged(PrinterStatus.PAPER_OUT, PrinterStatus.DISCONNECTED);
        assertThat(led.mode()).isEqualTo(StatusLed.Mode.OFF);
        assertThat(led.lit()).isFalse();
        for (PrinterStatus status : PrinterStatus.values()) {
            assertThat(PrinterStatusLight.modeFor(status)).isEqualTo(switch (status) {
                case READY, UNKNOWN -> StatusLed.Mode.ON;
                case DISCONNECTED -> StatusLed.Mode.OFF;
                default -> StatusLed.Mode.BLINKING;
            });
        }
        led.stop();
    }

    @Test
    void gpio_is_nothing_off_a_pi_or_without_pins_and_button_and_led_on_one() {
        assertThat(Gpio.open(GpioPins.none(), () -> true, () -> pi4j)).isEmpty();
        assertThat(Gpio.open(GpioPins.of(17, 27), () -> false, () -> pi4j)).isEmpty();
        assertThat(Gpio.open(GpioPins.of(17, 27), () -> false, () -> {
            throw new AssertionError("must not start Pi4J off a Pi");
        })).isEmpty();
        assertThat(Gpio.open(GpioPins.of(17, 27), () -> true, () -> {
            throw new IllegalStateException("no GPIO chip");
        })).isEmpty();

        Optional<Gpio> gpio = Gpio.open(GpioPins.of(17, null), () -> true, () -> pi4j);
        assertThat(gpio).isPresent();
        assertThat(gpio.get().callNextButton()).isPresent();
        assertThat(gpio.get().statusLed()).isEmpty();
    }

    @Test
    void this_build_machine_is_not_taken_for_a_raspberry_pi() {
        assertThat(Gpio.onRaspberryPi()).isFalse();
    }
}
