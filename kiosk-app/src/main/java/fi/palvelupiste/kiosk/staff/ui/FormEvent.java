package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/**
 * An event of a staff editor's form that carries what was typed, for the view to hand to its service: the
 * Vaadin CRM tutorial's {@code ContactFormEvent}, for any form. Each form names its own ({@code SaveEvent}, …).
 *
 * @param <F> the form
 * @param <B> what it carries: the form's bean, or the value made from it
 */
public abstract class FormEvent<F extends Component, B> extends ComponentEvent<F> {

    private final B value;

    protected FormEvent(F source, B value) {
        super(source, false);
        this.value = value;
    }

    /** What was typed, as the form hands it on. */
    public B value() {
        return value;
    }
}
