package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * A resident screen that goes one question at a time (sign-up, ride, change by code). The flow's state lives in the
 * view, which is route-scoped: the idle reset's navigation to the start screen throws it away.
 *
 * @param <S> the flow's steps
 */
public abstract class StepFlowView<S extends Enum<S>> extends KioskView {

    protected S step;
    /** A kind word for the next step drawn ("that time just filled up"), shown once and then forgotten. */
    protected String stepMessage;
    private final String messageId;

    /**
     * @param first     the first step
     * @param messageId the id of the step message on the page, for tests and screen readers' alerts
     */
    protected StepFlowView(S first, String messageId) {
        this.step = first;
        this.messageId = messageId;
    }

    /** Shows another step: the screen is drawn anew in the current language. */
    protected void go(S next) {
        step = next;
        removeAll();
        add(heading);
        render();
        stepMessage = null;
    }

    /** Adds the step message, if there is one, as an alert. */
    protected void showStepMessage() {
        if (stepMessage != null) {
            Paragraph note = new Paragraph(stepMessage);
            note.setId(messageId);
            note.addClassNames("ticket-print-state", "ticket-print-problem");
            note.getElement().setAttribute("role", "alert");
            add(note);
        }
    }
}
