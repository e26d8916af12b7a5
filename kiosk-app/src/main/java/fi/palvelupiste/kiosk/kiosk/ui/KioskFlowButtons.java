package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The row at the bottom of every step of a resident flow: the big "Back" at its start, "Cancel" at its end and
 * between them the step's own way on ("Next →", "Confirm", or "More ↓" through a long list), so that they are in
 * the same place on every step and never below the screen's edge. What Back and Cancel do is the flow's business:
 * a step fires its back and cancel events, and the screen asks {@link CancelQuestion} before throwing typed text
 * away.
 */
public class KioskFlowButtons extends Div {

    /**
     * @param backAction   what "Back" does (the previous step)
     * @param cancelAction what "Cancel" does (leave the flow, perhaps after asking)
     * @param main         the step's own buttons, between the two
     */
    public KioskFlowButtons(SerializableRunnable backAction, SerializableRunnable cancelAction, Component... main) {
        addClassName("flow-buttons");
        Button back = new Button(KioskText.backArrow() + " " + getTranslation("flow.back"),
                click -> backAction.run());
        back.setId("flow-back");
        back.addClassNames("kiosk-button", "kiosk-button-secondary");
        Button cancel = new Button(getTranslation("flow.cancel"), click -> cancelAction.run());
        cancel.setId("flow-cancel");
        cancel.addClassNames("kiosk-button", "kiosk-button-secondary", "flow-cancel");
        Div between = new Div(main);
        between.addClassName("flow-buttons-main");
        add(back, between, cancel);
    }
}
