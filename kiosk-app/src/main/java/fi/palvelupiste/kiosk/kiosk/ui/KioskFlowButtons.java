package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The big "Back" and "Cancel" at the bottom of every step of a resident flow. What they do is the flow's business:
 * a step fires its back and cancel events, and the screen asks {@link CancelQuestion} before throwing typed text
 * away.
 */
public class KioskFlowButtons extends Div {

    /**
     * @param backAction   what "Back" does (the previous step)
     * @param cancelAction what "Cancel" does (leave the flow, perhaps after asking)
     */
    public KioskFlowButtons(SerializableRunnable backAction, SerializableRunnable cancelAction) {
        addClassName("flow-buttons");
        Button back = new Button("← " + getTranslation("flow.back"), click -> backAction.run());
        back.setId("flow-back");
        back.addClassNames("kiosk-button", "kiosk-button-secondary");
        Button cancel = new Button(getTranslation("flow.cancel"), click -> cancelAction.run());
        cancel.setId("flow-cancel");
        cancel.addClassNames("kiosk-button", "kiosk-button-secondary", "flow-cancel");
        add(back, cancel);
    }
}
