package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Time compressed: a 10-second window instead of 10 minutes, and a clock the test moves. */
class CodeAttemptGuardTest {

    private static final String KIOSK = "127.0.0.1";

    private final MutableClock clock = MutableClock.fixed(Instant.parse("2026-12-01T10:00:00Z"),
            ZoneId.of("Europe/Helsinki"));
    private final CodeAttemptGuard guard = new CodeAttemptGuard(clock,
            new SignupProperties(30, "0 15 3 * * *", 3, 5, Duration.ofSeconds(10)));

    @Test
    void a_resident_who_tries_many_wrong_codes_waits_but_the_next_resident_after_the_idle_reset_does_not() {
        for (int i = 0; i < 3; i++) {
            guard.wrong("resident-1", KIOSK);
        }
        assertThat(guard.waitFor("resident-1", KIOSK)).hasValueSatisfying(wait -> {
            assertThat(wait.reason()).isEqualTo(CodeAttemptGuard.Reason.SCREEN);
            assertThat(wait.remaining()).isEqualTo(CodeAttemptGuard.FIRST_WAIT);
        });

        guard.forgetVisit("resident-1");

        assertThat(guard.waitFor("resident-1", KIOSK)).as("the same screen after the idle reset").isEmpty();
        assertThat(guard.waitFor("resident-2", KIOSK)).as("the next resident").isEmpty();
    }

    @Test
    void guessing_across_idle_resets_trips_the_device_limit_and_the_wait_grows() {
        for (int visit = 1; visit <= 4; visit++) {
            assertThat(guard.wrong("visit-" + visit, KIOSK)).isFalse();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(guard.waitFor("visit-5", KIOSK)).isEmpty();

        assertThat(guard.wrong("visit-5", KIOSK)).as("the fifth wrong code in 10 s trips the limit").isTrue();

        assertThat(guard.waitFor("visit-6", KIOSK)).as("a fresh screen on the same device").hasValueSatisfying(wait -> {
            assertThat(wait.reason()).isEqualTo(CodeAttemptGuard.Reason.DEVICE);
            assertThat(wait.remaining()).isEqualTo(CodeAttemptGuard.FIRST_WAIT);
        });
        assertThat(guard.waitFor("visit-6", "192.0.2.5")).as("another device").isEmpty();
        assertThat(guard.guessingNow()).singleElement().satisfies(g -> {
            assertThat(g.device()).isEqualTo(KIOSK);
            assertThat(g.wrongInWindow()).isEqualTo(5);
        });

        assertThat(guard.wrong("visit-6", KIOSK)).as("told once, not on every further try").isFalse();
        assertThat(guard.waitFor("visit-7", KIOSK)).hasValueSatisfying(wait ->
                assertThat(wait.remaining()).isEqualTo(CodeAttemptGuard.FIRST_WAIT.multipliedBy(2)));
    }

    @Test
    void the_device_limit_slides_with_the_window() {
        for (int visit = 1; visit <= 5; visit++) {
            guard.wrong("visit-" + visit, KIOSK);
        }
        assertThat(guard.waitFor("next", KIOSK)).isPresent();

        clock.advance(Duration.ofSeconds(10));

        assertThat(guard.waitFor("next", KIOSK)).isEmpty();
        assertThat(guard.guessingNow()).isEmpty();
        assertThat(guard.wrong("next", KIOSK)).as("one wrong code after the window is one in the window").isFalse();
    }
}
