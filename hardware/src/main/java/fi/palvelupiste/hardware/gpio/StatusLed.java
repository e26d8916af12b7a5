package fi.palvelupiste.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The printer status LED on a digital output (HIGH = lit): on = ready, blinking = needs attention,
 * off = no printer. Blinking runs on one daemon thread; {@link #stop()} ends it and turns the LED off.
 */
public final class StatusLed implements AutoCloseable {

    public enum Mode { ON, BLINKING, OFF }

    public static final Duration DEFAULT_BLINK_HALF_PERIOD = Duration.ofMillis(500);

    private final Context pi4j;
    private final DigitalOutput output;
    private final Duration halfPeriod;
    private final ScheduledExecutorService blinker;
    private ScheduledFuture<?> blinking;
    private Mode mode = Mode.OFF;

    public StatusLed(Context pi4j, int bcmPin) {
        this(pi4j, bcmPin, DEFAULT_BLINK_HALF_PERIOD);
    }

    public StatusLed(Context pi4j, int bcmPin, Duration blinkHalfPeriod) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        this.halfPeriod = blinkHalfPeriod;
        this.output = pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id("status-led-" + bcmPin)
                .name("Printer status LED")
                .address(bcmPin)
                .initial(DigitalState.LOW)
                .shutdown(DigitalState.LOW));
        this.blinker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "status-led-" + bcmPin);
            thread.setDaemon(true);
            return thread;
        });
    }

    public synchronized void set(Mode newMode) {
        Objects.requireNonNull(newMode, "mode");
        if (newMode == mode || blinker.isShutdown()) {
            return;
        }
        mode = newMode;
        if (blinking != null) {
            blinking.cancel(false);
            blinking = null;
        }
        switch (newMode) {
            case ON -> output.high();
            case OFF -> output.low();
            case BLINKING -> {
                output.high();
                long millis = Math.max(1, halfPeriod.toMillis());
                blinking = blinker.scheduleAtFixedRate(this::toggle, millis, millis, TimeUnit.MILLISECONDS);
            }
        }
    }

    public synchronized Mode mode() {
        return mode;
    }

    /** Whether the LED is lit this moment. */
    public boolean lit() {
        return output.state() == DigitalState.HIGH;
    }

    DigitalOutput output() {
        return output;
    }

    private synchronized void toggle() {
        if (mode == Mode.BLINKING) {
            output.toggle();
        }
    }

    /** Stops blinking for good and turns the LED off. */
    public synchronized void stop() {
        if (blinking != null) {
            blinking.cancel(false);
            blinking = null;
        }
        blinker.shutdownNow();
        mode = Mode.OFF;
        try {
            output.low();
        } catch (RuntimeException e) {
            // the context may already be shut down
        }
    }

    @Override
    public void close() {
        stop();
        try {
            pi4j.shutdown(output);
        } catch (RuntimeException e) {
            // the context may already be shut down
        }
    }
}
