package fi.palvelupiste.kiosk.photoday.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.queue.QueueUpdates;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.time.Duration;

/**
 * Redraws a photo-day screen when the line changes (pushed) and every half minute, as times move on with nobody
 * pressing anything (a booked place is freed at the no-show time).
 */
final class LineFollower implements Serializable {

    static final Duration REDRAW_EVERY = Duration.ofSeconds(30);

    private final QueueUpdates updates;
    private final Runnable redraw;
    private @Nullable Runnable unsubscribe;
    private @Nullable Registration polling;

    LineFollower(QueueUpdates updates, Runnable redraw) {
        this.updates = updates;
        this.redraw = redraw;
    }

    void start(UI ui) {
        stop();
        unsubscribe = updates.subscribe(update -> ui.access(redraw::run));
        ui.setPollInterval((int) REDRAW_EVERY.toMillis());
        polling = ui.addPollListener(poll -> redraw.run());
    }

    void stop() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }
}
