package fi.palvelupiste.kiosk.kiosk;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenHeartbeatTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void the_age_counts_from_the_last_beat_and_is_minus_one_before_any() {
        ScreenHeartbeat heartbeat = new ScreenHeartbeat(address -> true, nanos::get);
        assertThat(heartbeat.ageSeconds()).isEqualTo(-1);

        heartbeat.beat("127.0.0.1");
        advance(Duration.ofSeconds(25));
        assertThat(heartbeat.ageSeconds()).isEqualTo(25);

        heartbeat.beat("127.0.0.1");
        advance(Duration.ofMillis(1500));
        assertThat(heartbeat.ageSeconds()).isEqualTo(1);
    }

    @Test
    void beats_from_other_browsers_do_not_count_when_the_kiosk_screen_is_known() {
        ScreenHeartbeat heartbeat = new ScreenHeartbeat("127.0.0.1"::equals, nanos::get);
        heartbeat.beat("192.0.2.10");
        assertThat(heartbeat.ageSeconds()).isEqualTo(-1);
        heartbeat.beat(null);
        assertThat(heartbeat.ageSeconds()).isEqualTo(-1);
        heartbeat.beat("127.0.0.1");
        assertThat(heartbeat.ageSeconds()).isZero();
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
