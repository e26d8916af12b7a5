package fi.palvelupiste.kiosk.signup;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of reference codes: after a few wrong codes from one kiosk session, each further try must
 * wait, twice as long each time (10 s, 20 s, 40 s … at most 5 minutes). A right code clears the count.
 */
@Component
class CodeAttemptGuard {

    static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** Sessions quiet for this long are forgotten, so the map does not grow without end. */
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Attempts(int wrong, Instant lastWrong, Instant nextAllowed) {
    }

    private final Map<String, Attempts> bySession = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeAttempts;

    CodeAttemptGuard(Clock clock, SignupProperties settings) {
        this.clock = clock;
        this.freeAttempts = settings.freeCodeAttempts();
    }

    /** How long this session must still wait before its next try; zero when it may try now. */
    Duration waitFor(String session) {
        Attempts attempts = bySession.get(session);
        Instant now = clock.instant();
        if (attempts == null || attempts.nextAllowed() == null || !now.isBefore(attempts.nextAllowed())) {
            return Duration.ZERO;
        }
        return Duration.between(now, attempts.nextAllowed());
    }

    void wrong(String session) {
        Instant now = clock.instant();
        bySession.entrySet().removeIf(e -> e.getValue().lastWrong().plus(FORGET_AFTER).isBefore(now));
        bySession.compute(session, (key, old) -> {
            int wrong = old == null ? 1 : old.wrong() + 1;
            Instant next = null;
            if (wrong >= freeAttempts) {
                int doublings = Math.min(wrong - freeAttempts, 10);
                Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
                next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            }
            return new Attempts(wrong, now, next);
        });
    }

    void right(String session) {
        bySession.remove(session);
    }
}
