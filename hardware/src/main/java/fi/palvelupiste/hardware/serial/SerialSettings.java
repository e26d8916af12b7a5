package fi.palvelupiste.hardware.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of a serial printer port. The defaults suit a real printer; tests shorten the back-off.
 *
 * @param statusTimeout      how long to wait for each {@code DLE EOT} answer before calling the printer silent
 * @param writeTimeoutMargin added to the time the bytes need on the line (10 bits a byte at the profile's baud rate)
 * @param writeTimeoutSlack  how many times the line time a write may take (flow control pauses) before it fails
 * @param reconnectInitial   first wait before opening a vanished port again; doubles on each failure
 * @param reconnectMax       the longest wait between attempts
 */
public record SerialSettings(Duration statusTimeout, Duration writeTimeoutMargin, double writeTimeoutSlack,
                             Duration reconnectInitial, Duration reconnectMax) {

    public SerialSettings {
        Objects.requireNonNull(statusTimeout, "statusTimeout");
        Objects.requireNonNull(writeTimeoutMargin, "writeTimeoutMargin");
        Objects.requireNonNull(reconnectInitial, "reconnectInitial");
        Objects.requireNonNull(reconnectMax, "reconnectMax");
        if (statusTimeout.isNegative() || statusTimeout.isZero()) {
            throw new IllegalArgumentException("status timeout must be positive");
        }
        if (writeTimeoutSlack < 0) {
            throw new IllegalArgumentException("write timeout slack must not be negative");
        }
        if (reconnectMax.compareTo(reconnectInitial) < 0) {
            throw new IllegalArgumentException("reconnectMax must be at least reconnectInitial");
        }
    }

    /**
     * 300 ms per status answer; writes may take 3 × line time + 2 s; reconnect after 0.5 s, 1 s, then every 2 s
     * (opening a device path that is not there costs nothing, and a printer that is back should print within 5 s).
     */
    public static SerialSettings defaults() {
        return new SerialSettings(Duration.ofMillis(300), Duration.ofSeconds(2), 3.0, Duration.ofMillis(500),
                Duration.ofSeconds(2));
    }

    public SerialSettings withStatusTimeout(Duration timeout) {
        return new SerialSettings(timeout, writeTimeoutMargin, writeTimeoutSlack, reconnectInitial, reconnectMax);
    }

    public SerialSettings withWriteTimeout(Duration margin, double slack) {
        return new SerialSettings(statusTimeout, margin, slack, reconnectInitial, reconnectMax);
    }

    public SerialSettings withReconnect(Duration initial, Duration max) {
        return new SerialSettings(statusTimeout, writeTimeoutMargin, writeTimeoutSlack, initial, max);
    }

    /** How long writing this many bytes may take at this baud rate before the write counts as failed. */
    public Duration writeTimeout(int bytes, int baudRate) {
        long lineMillis = (long) Math.ceil(bytes * 10_000.0 / baudRate);
        return writeTimeoutMargin.plusMillis((long) (lineMillis * writeTimeoutSlack));
    }
}
