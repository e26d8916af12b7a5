package fi.palvelupiste.kiosk.queue;

/** The ticket is no longer in the state the action needs (another desk called it first, it was served…). */
public class TicketNotAvailableException extends RuntimeException {
    public TicketNotAvailableException(long ticketId) {
        super("ticket " + ticketId + " is not available for this action");
    }
}
