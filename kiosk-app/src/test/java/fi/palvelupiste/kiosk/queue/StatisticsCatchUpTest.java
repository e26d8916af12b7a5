package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.KioskProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.util.Map;

import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The missed nights are summed up after the start, in the background: time compressed from 2 minutes to 1 s. */
class StatisticsCatchUpTest {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    @AfterEach
    void stop() {
        scheduler.shutdown();
    }

    @Test
    void the_catch_up_runs_once_after_the_delay_and_not_on_the_start_path() {
        scheduler.initialize();
        QueueStatistics statistics = mock(QueueStatistics.class);
        KioskProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "kiosk.queue.catch-up-delay", "1s"))).bindOrCreate("kiosk", KioskProperties.class);

        new StatisticsCatchUp(statistics, scheduler, properties).scheduleCatchUp();

        verify(statistics, after(700).never()).closePastDays();
        verify(statistics, timeout(3_000)).closePastDays();
        verify(statistics, after(1_500).times(1)).closePastDays();
    }

    @Test
    void the_default_delay_keeps_it_well_after_the_first_touch() {
        KioskProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("kiosk", KioskProperties.class);
        org.assertj.core.api.Assertions.assertThat(defaults.queue().catchUpDelay()).hasMinutes(2);
    }
}
