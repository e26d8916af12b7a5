package fi.palvelupiste.kiosk.queue;

import java.time.OffsetDateTime;

/** A number on the waiting-room display: no personal data, only the number, the desk and when. */
public record CalledTicket(long ticketId, String displayNumber, String deskName, OffsetDateTime calledAt, int callCount,
                           TicketStatus status, String language) {
}
