package fi.palvelupiste.kiosk.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import jakarta.annotation.PreDestroy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells the screens that show queues (the display, staff desks) when something changed, once the change is
 * committed. Screens subscribe and unsubscribe themselves; nothing here knows about Vaadin. Updates are delivered
 * on a thread of their own: the thread that committed may hold one screen's session lock, and taking another
 * screen's lock there could deadlock two desks pressing at once.
 */
@Component
public class QueueUpdates {

    private static final Logger log = LoggerFactory.getLogger(QueueUpdates.class);

    private final List<Consumer<QueueUpdate>> subscribers = new CopyOnWriteArrayList<>();
    private final ApplicationEventPublisher events;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("queue-updates").daemon(true).factory());

    QueueUpdates(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Subscribes; run the returned handle to unsubscribe. */
    public Runnable subscribe(Consumer<QueueUpdate> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Called inside a transaction: the update goes out after it commits. */
    public void publish(QueueUpdate update) {
        events.publishEvent(update);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void deliver(QueueUpdate update) {
        delivery.execute(() -> deliverNow(update));
    }

    private void deliverNow(QueueUpdate update) {
        for (Consumer<QueueUpdate> subscriber : subscribers) {
            try {
                subscriber.accept(update);
            } catch (RuntimeException e) {
                log.warn("A queue screen could not take an update; dropping it", e);
                subscribers.remove(subscriber);
            }
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
