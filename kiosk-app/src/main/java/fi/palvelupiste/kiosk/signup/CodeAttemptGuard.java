package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.kiosk.ResidentMemory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of reference codes, on two levels.
 * <ul>
 * <li>One resident's screen: after a few wrong codes ({@code kiosk.signup.free-code-attempts}) each further try
 * waits, twice as long each time (10 s, 20 s, 40 s … at most 5 minutes). A right code clears it, and so does the
 * idle reset: the next resident starts with a clean slate.</li>
 * <li>One device (a client address; the kiosk's touchscreen is one): at most
 * {@code kiosk.signup.device-code-attempts} wrong codes within the sliding {@code kiosk.signup.device-code-window}
 * before every screen of that device waits, growing the same way. This limit is about the rate of guessing, which
 * an idle reset must not wipe; it reaches the next resident only when someone has really been guessing, and staff
 * are told (see {@link CodeGuessingAlerts}).</li>
 * </ul>
 */
@Component
class CodeAttemptGuard implements ResidentMemory {

    static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** Screens quiet for this long are forgotten, so the map does not grow without end. */
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** Why a try must wait: this screen's own wrong codes, or the device's. */
    enum Reason { SCREEN, DEVICE }

    record Wait(Duration remaining, Reason reason) {
    }

    /** A device over its limit: how many wrong codes in the window, the last one when. */
    record Guessing(String device, int wrongInWindow, Instant lastWrong) {
    }

    private record Attempts(int wrong, Instant lastWrong, Instant nextAllowed) {
    }

    private final Map<String, Attempts> byScreen = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byDevice = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeAttempts;
    private final int deviceAttempts;
    private final Duration deviceWindow;

    CodeAttemptGuard(Clock clock, SignupProperties settings) {
        this.clock = clock;
        this.freeAttempts = settings.freeCodeAttempts();
        this.deviceAttempts = settings.deviceCodeAttempts();
        this.deviceWindow = settings.deviceCodeWindow();
    }

    /** How long this screen on this device must still wait before its next try; empty when it may try now. */
    Optional<Wait> waitFor(String screen, String device) {
        Instant now = clock.instant();
        Attempts attempts = byScreen.get(screen);
        Duration forScreen = attempts == null || attempts.nextAllowed() == null ? Duration.ZERO
                : positive(Duration.between(now, attempts.nextAllowed()));
        Duration forDevice = deviceWait(device, now);
        if (forScreen.isZero() && forDevice.isZero()) {
            return Optional.empty();
        }
        return Optional.of(forDevice.compareTo(forScreen) >= 0 ? new Wait(forDevice, Reason.DEVICE)
                : new Wait(forScreen, Reason.SCREEN));
    }

    /**
     * Counts a wrong code.
     *
     * @return true when this try took the device over its limit (the moment staff are told)
     */
    boolean wrong(String screen, String device) {
        Instant now = clock.instant();
        byScreen.entrySet().removeIf(e -> e.getValue().lastWrong().plus(FORGET_AFTER).isBefore(now));
        byScreen.compute(screen, (key, old) -> {
            int wrong = old == null ? 1 : old.wrong() + 1;
            return new Attempts(wrong, now, wrong >= freeAttempts ? now.plus(growing(wrong - freeAttempts)) : null);
        });
        Deque<Instant> tries = byDevice.computeIfAbsent(device, key -> new ArrayDeque<>());
        synchronized (tries) {
            slide(tries, now);
            tries.addLast(now);
            return tries.size() == deviceAttempts;
        }
    }

    /** A right code: this screen starts afresh. The device's count stays: it measures the rate of guessing. */
    void right(String screen) {
        byScreen.remove(screen);
    }

    /** The idle reset: the screen's own count goes with the resident who made it. */
    @Override
    public void forgetVisit(String screen) {
        byScreen.remove(screen);
    }

    /** Forgets a device's count (tests; a restart does the same). */
    void forgetDevice(String device) {
        byDevice.remove(device);
    }

    /** The devices whose wrong codes in the window are at or over the limit right now. */
    List<Guessing> guessingNow() {
        Instant now = clock.instant();
        return byDevice.entrySet().stream().map(e -> {
            synchronized (e.getValue()) {
                slide(e.getValue(), now);
                return e.getValue().size() >= deviceAttempts
                        ? new Guessing(e.getKey(), e.getValue().size(), e.getValue().peekLast()) : null;
            }
        }).filter(g -> g != null).toList();
    }

    Duration window() {
        return deviceWindow;
    }

    private Duration deviceWait(String device, Instant now) {
        Deque<Instant> tries = byDevice.get(device);
        if (tries == null) {
            return Duration.ZERO;
        }
        synchronized (tries) {
            slide(tries, now);
            if (tries.size() < deviceAttempts) {
                return Duration.ZERO;
            }
            return positive(Duration.between(now, tries.peekLast().plus(growing(tries.size() - deviceAttempts))));
        }
    }

    private void slide(Deque<Instant> tries, Instant now) {
        while (!tries.isEmpty() && !tries.peekFirst().isAfter(now.minus(deviceWindow))) {
            tries.removeFirst();
        }
    }

    private static Duration growing(int overLimit) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(overLimit, 10));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
