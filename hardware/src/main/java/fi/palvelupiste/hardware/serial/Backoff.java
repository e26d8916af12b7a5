package fi.palvelupiste.hardware.serial;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Exponential back-off between reconnect attempts: initial, doubled on each failure, capped. Not thread-safe. */
final class Backoff {

    private final long initialNanos;
    private final long maxNanos;
    private final LongSupplier nanoTime;
    private long delayNanos;
    private long nextAttempt;
    private boolean waiting;

    Backoff(Duration initial, Duration max, LongSupplier nanoTime) {
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
        this.nanoTime = nanoTime;
        this.delayNanos = initialNanos;
    }

    /** Whether an attempt may be made now. */
    boolean mayTry() {
        return !waiting || nanoTime.getAsLong() - nextAttempt >= 0;
    }

    /** An attempt failed: wait the current delay before the next, and double the delay (up to the cap). */
    void failed() {
        nextAttempt = nanoTime.getAsLong() + delayNanos;
        waiting = true;
        delayNanos = Math.min(maxNanos, delayNanos * 2);
    }

    /** Connected: the next failure starts again from the initial delay, and the first retry is immediate. */
    void succeeded() {
        waiting = false;
        delayNanos = initialNanos;
    }

    /** The wait that the next failure will impose. */
    Duration nextDelay() {
        return Duration.ofNanos(delayNanos);
    }
}
