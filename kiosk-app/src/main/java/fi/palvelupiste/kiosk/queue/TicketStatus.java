package fi.palvelupiste.kiosk.queue;

public enum TicketStatus {
    WAITING
}
