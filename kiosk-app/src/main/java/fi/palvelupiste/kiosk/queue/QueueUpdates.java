package fi.palvelupiste.kiosk.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells the screens that show queues (the display, staff desks, kiosk ticket screens) when something changed,
 * once the change is committed. Screens subscribe and unsubscribe themselves; nothing here knows about Vaadin.
 */
@Component
public class QueueUpdates {

    private static final Logger log = LoggerFactory.getLogger(QueueUpdates.class);

    private final List<Consumer<QueueUpdate>> subscribers = new CopyOnWriteArrayList<>();
    private final ApplicationEventPublisher events;

    QueueUpdates(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Subscribes; run the returned handle to unsubscribe. */
    public Runnable subscribe(Consumer<QueueUpdate> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Called inside a transaction: the update goes out after it commits. */
    void publish(QueueUpdate update) {
        events.publishEvent(update);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void deliver(QueueUpdate update) {
        for (Consumer<QueueUpdate> subscriber : subscribers) {
            try {
                subscriber.accept(update);
            } catch (RuntimeException e) {
                log.warn("A queue screen could not take an update; dropping it", e);
                subscribers.remove(subscriber);
            }
        }
    }
}
