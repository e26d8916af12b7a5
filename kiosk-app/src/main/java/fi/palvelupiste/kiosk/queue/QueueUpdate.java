package fi.palvelupiste.kiosk.queue;

/**
 * Something changed in the queues (published after the change is committed). {@code called} is set when a
 * number was called or called again, so displays can chime and announce it.
 */
public record QueueUpdate(CalledTicket called) {

    public static QueueUpdate changed() {
        return new QueueUpdate(null);
    }
}
