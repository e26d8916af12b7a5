package fi.palvelupiste.kiosk.queue;

/**
 * A place where staff serve residents, e.g. "Digituki 1". The display shows numbers with their desk.
 *
 * @param defaultQueueId the queue this desk calls from when nothing else is chosen (the physical button); null =
 *                       all queues
 */
public record Desk(long id, String name, Long defaultQueueId, boolean active) {
}
