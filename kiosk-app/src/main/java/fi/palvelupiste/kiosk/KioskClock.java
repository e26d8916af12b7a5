package fi.palvelupiste.kiosk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One clock for the whole app, in the kiosk's time zone, so tests can move time. */
@Configuration(proxyBeanMethods = false)
class KioskClock {

    @Bean
    Clock clock(KioskProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
