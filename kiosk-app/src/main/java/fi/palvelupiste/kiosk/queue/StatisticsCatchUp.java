package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.KioskOnly;

import fi.palvelupiste.kiosk.KioskProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * A kiosk that was switched off over night catches up on the statistics' nightly round {@code
 * kiosk.queue.catch-up-delay} after it is ready, in the background: never on the start path, where it would keep
 * the start screen (and the first resident) waiting after a power cut.
 */
@KioskOnly
@Component
class StatisticsCatchUp {

    private final QueueStatistics statistics;
    private final TaskScheduler scheduler;
    private final KioskProperties properties;

    StatisticsCatchUp(QueueStatistics statistics, TaskScheduler scheduler, KioskProperties properties) {
        this.statistics = statistics;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleCatchUp() {
        scheduler.schedule(statistics::closePastDays,
                scheduler.getClock().instant().plus(properties.queue().catchUpDelay()));
    }
}
