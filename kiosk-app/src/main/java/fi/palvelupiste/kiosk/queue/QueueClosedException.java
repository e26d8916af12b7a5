package fi.palvelupiste.kiosk.queue;

/** The queue was closed (or removed) between showing its button and the tap. */
public class QueueClosedException extends RuntimeException {
    public QueueClosedException(long queueId) {
        super("queue " + queueId + " is not open");
    }
}
