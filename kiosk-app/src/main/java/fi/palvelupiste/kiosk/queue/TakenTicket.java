package fi.palvelupiste.kiosk.queue;

/** What the resident is told after taking a ticket. */
public record TakenTicket(Ticket ticket, ServiceQueue queue, int peopleAhead) {
}
