package fi.palvelupiste.hardware.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a condition until a deadline instead of sleeping a guessed time. */
public final class Eventually {

    private static final long POLL_NANOS = Duration.ofMillis(10).toNanos();

    private Eventually() {
    }

    /** The first value that satisfies the condition; fails with the last value seen when the deadline passes. */
    public static <T> T await(Duration timeout, Supplier<T> value, Predicate<? super T> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!condition.test(last)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("condition not met within " + timeout + "; last value: " + last);
            }
            LockSupport.parkNanos(POLL_NANOS);
            last = value.get();
        }
        return last;
    }

    public static void await(Duration timeout, BooleanSupplier condition) {
        await(timeout, condition::getAsBoolean, Boolean::booleanValue);
    }
}
