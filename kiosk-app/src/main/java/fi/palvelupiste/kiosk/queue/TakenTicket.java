package fi.palvelupiste.kiosk.queue;

import java.time.Duration;
import java.util.Optional;

/**
 * What the resident is told after taking a ticket.
 *
 * @param estimatedWait empty when there is no history to estimate from: "unknown", never a made-up number
 */
public record TakenTicket(Ticket ticket, ServiceQueue queue, int peopleAhead, Optional<Duration> estimatedWait) {
}
