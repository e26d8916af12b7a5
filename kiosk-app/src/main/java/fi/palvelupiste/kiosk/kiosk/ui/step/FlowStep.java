package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.kiosk.ui.KioskFlowButtons;
import org.jspecify.annotations.Nullable;

/**
 * One question of a resident flow (sign-up, ride, change by code), as a component that knows nothing of services
 * or of the flow around it: it shows its question and fires events — {@link DoneEvent} with the answer,
 * {@link BackEvent} and {@link CancelEvent} from its Back and Cancel buttons. The screen listens and decides
 * what comes next. Its wrapper is {@code display: contents}, so its parts lay out as if they were the screen's own.
 *
 * @param <V> the answer
 */
public abstract class FlowStep<V> extends Composite<Div> {

    private @Nullable String headingKey;

    protected FlowStep() {
        getContent().addClassName("flow-step");
    }

    /** The message key of the screen's heading while this step is shown; the screen puts it in its one h1. */
    public FlowStep<V> withHeading(String key) {
        this.headingKey = key;
        return this;
    }

    public @Nullable String headingKey() {
        return headingKey;
    }

    protected final void add(Component... components) {
        getContent().add(components);
    }

    /**
     * A box of text to read (a summary, a booking) that scrolls on its own when it is longer than the room left, so
     * that the buttons under it stay on the screen; it can be reached without touch too (a keyboard, a switch).
     */
    protected static Div readingBox(Component... components) {
        Div reading = new Div(components);
        reading.addClassName("step-reading");
        reading.getElement().setAttribute("tabindex", "0");
        return reading;
    }

    /** Answers the question. */
    protected final void done(V value) {
        fireEvent(new DoneEvent<>(this, value));
    }

    /** The big Back and Cancel, which fire this step's events, with the step's own buttons between them. */
    protected final KioskFlowButtons flowButtons(Component... main) {
        return new KioskFlowButtons(() -> fireEvent(new BackEvent(this)), () -> fireEvent(new CancelEvent(this)), main);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addDoneListener(ComponentEventListener<DoneEvent<V>> listener) {
        return addListener((Class) DoneEvent.class, (ComponentEventListener) listener);
    }

    public Registration addBackListener(ComponentEventListener<BackEvent> listener) {
        return addListener(BackEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The resident answered: the value is the answer. */
    public static final class DoneEvent<V> extends ComponentEvent<FlowStep<V>> {

        private final V value;

        DoneEvent(FlowStep<V> source, V value) {
            super(source, false);
            this.value = value;
        }

        public V value() {
            return value;
        }
    }

    /** "Back": the previous question. */
    public static final class BackEvent extends ComponentEvent<FlowStep<?>> {

        BackEvent(FlowStep<?> source) {
            super(source, false);
        }
    }

    /** "Cancel": leave the flow. */
    public static final class CancelEvent extends ComponentEvent<FlowStep<?>> {

        CancelEvent(FlowStep<?> source) {
            super(source, false);
        }
    }
}
