package fi.palvelupiste.kiosk.queue;

public enum TicketStatus {
    /** In the queue. */
    WAITING,
    /** Called to a desk and being served. */
    CALLED,
    /** Served and finished. */
    SERVED,
    /** Called but did not come. */
    NO_SHOW
}
