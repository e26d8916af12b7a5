package fi.palvelupiste.kiosk.kiosk.ui;

import fi.palvelupiste.kiosk.kiosk.ui.step.FlowStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.ResidentFlow;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepCount;
import org.jspecify.annotations.Nullable;

/**
 * A resident screen that goes one question at a time (sign-up, ride, change by code): the wiring of a flow (a plain
 * class with the state and the transitions) to step components and service calls. The flow lives in the view,
 * which is route-scoped: the idle reset's navigation to the start screen throws it away.
 */
public abstract class StepFlowView<F extends ResidentFlow> extends KioskView {

    private final F flow;
    /** A kind word for the next step drawn ("that time just filled up"), shown once and then forgotten. */
    protected @Nullable String stepMessage;
    private final String messageId;

    /**
     * @param messageId the id of the step message on the page, for tests and screen readers' alerts
     * @param flow      the flow's state, which lives as long as this screen
     */
    protected StepFlowView(String messageId, F flow) {
        this.messageId = messageId;
        this.flow = flow;
        addClassName("step-screen");
    }

    /** The flow: its state and transitions. */
    public F flow() {
        return flow;
    }

    /** The flow's previous step, or the start screen from the first. */
    protected void back() {
        if (flow.back()) {
            redraw();
        } else {
            toStart();
        }
    }

    /** Runs a transition of the flow, then draws the step it leads to. */
    protected void then(Runnable transition) {
        transition.run();
        redraw();
    }

    /** Draws the flow's current step anew, in the current language. */
    protected void redraw() {
        clearToHeading();
        render();
        stepMessage = null;
    }

    /**
     * Shows a step: the step bar, its heading, the step message if any, then the step. Back and Cancel are wired
     * here, the same in every flow.
     */
    protected <T extends FlowStep<?>> T show(T step) {
        StepCount count = flow.stepCount();
        if (count != null) {
            StepBar bar = new StepBar();
            bar.setStep(count.current(), count.total());
            addComponentAtIndex(0, bar);
        }
        if (step.headingKey() != null) {
            heading.setText(getTranslation(step.headingKey()));
        }
        if (stepMessage != null) {
            add(KioskText.alert(messageId, stepMessage));
        }
        step.addBackListener(event -> back());
        step.addCancelListener(event -> CancelQuestion.leave(flow.hasTypedText()));
        add(step);
        return step;
    }
}
