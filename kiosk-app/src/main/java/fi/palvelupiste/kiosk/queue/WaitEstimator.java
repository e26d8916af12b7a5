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
    /** Longer than this is a ticket nobody marked served until the next call (say, the next morning): not a service time. */
    static final Duration LONGEST_REAL_SERVICE = Duration.ofHours(2);

    private final TicketRepository tickets;

    WaitEstimator(TicketRepository tickets) {
        this.tickets = tickets;
    }

    Optional<Duration> estimate(long queueId, int peopleAhead) {
        if (peopleAhead == 0) {
            return Optional.of(Duration.ZERO);
        }
        List<Duration> recent = tickets.recentServiceTimes(queueId, HISTORY).stream()
                .filter(time -> time.compareTo(LONGEST_REAL_SERVICE) <= 0).toList();
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
