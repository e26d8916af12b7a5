package fi.palvelupiste.kiosk.queue;

import java.time.LocalDate;
import java.util.List;

/**
 * One queue's day in numbers, without personal data; kept after the tickets themselves are deleted.
 *
 * @param averageWaitSeconds    from taking the ticket to the first call; null when nobody was called
 * @param averageServiceSeconds from the call to served; null when nobody was served
 * @param ticketsPerHour        tickets taken in each hour 0–23
 */
public record DailyStatistics(
        LocalDate day,
        String queuePrefix,
        String queueName,
        int tickets,
        int served,
        int noShows,
        int priorityTickets,
        Integer averageWaitSeconds,
        Integer averageServiceSeconds,
        List<Integer> ticketsPerHour) {

    /** Share of called tickets whose person did not come, 0–1. */
    public double noShowRate() {
        int called = served + noShows;
        return called == 0 ? 0 : (double) noShows / called;
    }
}
