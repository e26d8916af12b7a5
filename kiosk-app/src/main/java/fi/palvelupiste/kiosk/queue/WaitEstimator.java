package fi.palvelupiste.kiosk.queue;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Estimates waiting time from how long the recent served tickets of the same queue took at the desk, times the
 * people ahead. Without such history it says nothing rather than guess.
 */
@Component
class WaitEstimator {

    /** How many recent served tickets the average is taken over. */
    static final int HISTORY = 20;
    /** Fewer served tickets than this is not yet history. */
    static final int MIN_HISTORY = 3;

    private final TicketRepository tickets;

    WaitEstimator(TicketRepository tickets) {
        this.tickets = tickets;
    }

    Optional<Duration> estimate(long queueId, int peopleAhead) {
        if (peopleAhead == 0) {
            return Optional.of(Duration.ZERO);
        }
        List<Duration> recent = tickets.recentServiceTimes(queueId, HISTORY);
        if (recent.size() < MIN_HISTORY) {
            return Optional.empty();
        }
        long averageSeconds = (long) recent.stream().mapToLong(Duration::toSeconds).average().orElseThrow();
        return Optional.of(roundUpToFiveMinutes(Duration.ofSeconds(averageSeconds * peopleAhead)));
    }

    /** "about 15 minutes" reads better, and promises less, than "13 minutes". */
    static Duration roundUpToFiveMinutes(Duration wait) {
        long minutes = (wait.toSeconds() + 59) / 60;
        return Duration.ofMinutes(Math.max(5, (minutes + 4) / 5 * 5));
    }
}
