package fi.palvelupiste.kiosk;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.ZoneId;

/** Every kiosk test runs on one movable clock, so all of them share one Spring context (and its database). */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    MutableClock testClock() {
        return movable();
    }

    /** The clock a test moves: real time in the kiosk's time zone until moved. */
    public static MutableClock movable() {
        return MutableClock.ticking(ZoneId.of("Europe/Helsinki"));
    }
}
