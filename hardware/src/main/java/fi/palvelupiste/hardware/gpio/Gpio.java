package fi.palvelupiste.hardware.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The kiosk's GPIO parts, or nothing. {@link #open(GpioPins)} gives {@code Optional.empty()} — after one log line
 * saying why — when no pin is configured, when this is not a Raspberry Pi (a developer's PC, CI), or when Pi4J
 * cannot start; the application then simply runs without button and LED.
 */
public final class Gpio implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Gpio.class.getName());
    private static final Path DEVICE_MODEL = Path.of("/proc/device-tree/model");

    private final Context pi4j;
    private final CallNextButton callNextButton;
    private final StatusLed statusLed;

    private Gpio(Context pi4j, CallNextButton callNextButton, StatusLed statusLed) {
        this.pi4j = pi4j;
        this.callNextButton = callNextButton;
        this.statusLed = statusLed;
    }

    /** On a Raspberry Pi with pins configured: Pi4J with the gpiod provider (no root needed). */
    public static Optional<Gpio> open(GpioPins pins) {
        return open(pins, Gpio::onRaspberryPi, Pi4J::newAutoContext);
    }

    /** The same with the platform check and the Pi4J context given, for tests and other boards. */
    public static Optional<Gpio> open(GpioPins pins, BooleanSupplier onRaspberryPi, Supplier<Context> contexts) {
        Objects.requireNonNull(pins, "pins");
        if (!pins.anyConfigured()) {
            LOG.log(Level.INFO, "GPIO off: no call-next button or status LED pin configured");
            return Optional.empty();
        }
        if (!onRaspberryPi.getAsBoolean()) {
            LOG.log(Level.INFO, "GPIO off: not a Raspberry Pi ({0} does not name one)", DEVICE_MODEL);
            return Optional.empty();
        }
        Context pi4j = null;
        try {
            pi4j = contexts.get();
            Context context = pi4j;
            CallNextButton button = pins.callNextButton().isPresent()
                    ? new CallNextButton(context, pins.callNextButton().getAsInt(), pins.debounce()) : null;
            StatusLed led = pins.statusLed().isPresent() ? new StatusLed(context, pins.statusLed().getAsInt()) : null;
            LOG.log(Level.INFO, "GPIO on: call-next button {0}, status LED {1}",
                    pins.callNextButton().isPresent() ? "BCM " + pins.callNextButton().getAsInt() : "none",
                    pins.statusLed().isPresent() ? "BCM " + pins.statusLed().getAsInt() : "none");
            return Optional.of(new Gpio(context, button, led));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "GPIO off: Pi4J could not start: {0}", e.toString());
            if (pi4j != null) {
                try {
                    pi4j.shutdown();
                } catch (RuntimeException ignored) {
                    // nothing more to do
                }
            }
            return Optional.empty();
        }
    }

    /** Whether /proc/device-tree/model names a Raspberry Pi. */
    public static boolean onRaspberryPi() {
        try {
            return Files.isReadable(DEVICE_MODEL) && Files.readString(DEVICE_MODEL).contains("Raspberry Pi");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public Optional<CallNextButton> callNextButton() {
        return Optional.ofNullable(callNextButton);
    }

    public Optional<StatusLed> statusLed() {
        return Optional.ofNullable(statusLed);
    }

    /** Turns the LED off and releases the pins. */
    @Override
    public void close() {
        if (statusLed != null) {
            statusLed.stop();
        }
        try {
            pi4j.shutdown();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Pi4J shutdown failed: {0}", e.toString());
        }
    }
}
