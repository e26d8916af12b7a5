package fi.palvelupiste.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeEvent;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * The staff "call next" push button: a digital input with the internal pull-up, the button closing to ground
 * (pressed = LOW). Debounced by the GPIO driver (input config) and once more here: a press counts only on the
 * HIGH → LOW edge and not sooner than the debounce time after the previous press, so each press calls the
 * listeners exactly once.
 */
public final class CallNextButton implements AutoCloseable {

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(50);

    private final Context pi4j;
    private final DigitalInput input;
    private final long debounceNanos;
    private final LongSupplier nanoTime;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final DigitalStateChangeListener edgeListener = this::changed;
    private DigitalState last = DigitalState.HIGH;
    private long lastPress;
    private boolean pressedOnce;

    public CallNextButton(Context pi4j, int bcmPin) {
        this(pi4j, bcmPin, DEFAULT_DEBOUNCE);
    }

    public CallNextButton(Context pi4j, int bcmPin, Duration debounce) {
        this(pi4j, bcmPin, debounce, System::nanoTime);
    }

    CallNextButton(Context pi4j, int bcmPin, Duration debounce, LongSupplier nanoTime) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        this.debounceNanos = debounce.toNanos();
        this.nanoTime = nanoTime;
        this.input = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                .id("call-next-button-" + bcmPin)
                .name("Call next button")
                .address(bcmPin)
                .pull(PullResistance.PULL_UP)
                .debounce(debounce.toNanos() / 1000, java.util.concurrent.TimeUnit.MICROSECONDS));
        this.last = input.state() == DigitalState.LOW ? DigitalState.LOW : DigitalState.HIGH;
        input.addListener(edgeListener);
    }

    /** Called once per press, on the GPIO event thread: keep it short (hand the work to the application). */
    public void onPress(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public boolean pressed() {
        return input.state() == DigitalState.LOW;
    }

    public DigitalInput input() {
        return input;
    }

    private void changed(DigitalStateChangeEvent<?> event) {
        DigitalState state = event.state();
        boolean press;
        synchronized (this) {
            press = state == DigitalState.LOW && last != DigitalState.LOW;
            last = state;
            if (press) {
                long now = nanoTime.getAsLong();
                if (pressedOnce && now - lastPress < debounceNanos) {
                    press = false;
                } else {
                    lastPress = now;
                    pressedOnce = true;
                }
            }
        }
        if (press) {
            for (Runnable listener : listeners) {
                listener.run();
            }
        }
    }

    @Override
    public void close() {
        input.removeListener(edgeListener);
        listeners.clear();
        try {
            pi4j.shutdown(input);
        } catch (RuntimeException e) {
            // the context may already be shut down
        }
    }
}
