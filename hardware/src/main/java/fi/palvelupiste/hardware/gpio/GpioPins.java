package fi.palvelupiste.hardware.gpio;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/** Which BCM pins the kiosk uses; an empty pin means that part is not wired. */
public record GpioPins(OptionalInt callNextButton, OptionalInt statusLed, Duration debounce) {

    public GpioPins {
        Objects.requireNonNull(callNextButton, "callNextButton");
        Objects.requireNonNull(statusLed, "statusLed");
        Objects.requireNonNull(debounce, "debounce");
    }

    /** From configuration: null for a part that is not wired. */
    public static GpioPins of(Integer callNextButton, Integer statusLed) {
        return new GpioPins(callNextButton == null ? OptionalInt.empty() : OptionalInt.of(callNextButton),
                statusLed == null ? OptionalInt.empty() : OptionalInt.of(statusLed), CallNextButton.DEFAULT_DEBOUNCE);
    }

    public static GpioPins none() {
        return new GpioPins(OptionalInt.empty(), OptionalInt.empty(), CallNextButton.DEFAULT_DEBOUNCE);
    }

    public boolean anyConfigured() {
        return callNextButton.isPresent() || statusLed.isPresent();
    }
}
