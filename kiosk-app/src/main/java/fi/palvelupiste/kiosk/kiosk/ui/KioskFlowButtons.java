package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The big "Back" and "Cancel" of every step of a resident flow. Cancel goes back to the start screen; when the
 * resident has typed something it asks once before throwing it away.
 */
public class KioskFlowButtons extends Div {

    private final Button back = new Button();
    private final Button cancel = new Button();
    private final SerializableSupplier<Boolean> hasTypedText;
    private Dialog question;

    /**
     * @param backAction   what "Back" does (the previous step)
     * @param hasTypedText whether cancelling would throw away something the resident typed
     */
    public KioskFlowButtons(SerializableRunnable backAction, SerializableSupplier<Boolean> hasTypedText) {
        this.hasTypedText = hasTypedText;
        addClassName("flow-buttons");
        back.setText("← " + getTranslation("flow.back"));
        back.setId("flow-back");
        back.addClassNames("kiosk-button", "kiosk-button-secondary");
        back.addClickListener(click -> backAction.run());
        cancel.setText(getTranslation("flow.cancel"));
        cancel.setId("flow-cancel");
        cancel.addClassNames("kiosk-button", "kiosk-button-secondary", "flow-cancel");
        cancel.addClickListener(click -> cancel());
        add(back, cancel);
    }

    public void setBackVisible(boolean visible) {
        back.setVisible(visible);
    }

    void cancel() {
        if (!hasTypedText.get()) {
            toStart();
            return;
        }
        question = new Dialog();
        question.addClassName("kiosk-idle-dialog");
        question.getElement().setAttribute("aria-label", getTranslation("flow.cancel-question"));
        Button yes = new Button(getTranslation("flow.cancel-confirm"), click -> {
            question.close();
            toStart();
        });
        yes.setId("flow-cancel-confirm");
        yes.addClassName("kiosk-button");
        Button no = new Button(getTranslation("flow.cancel-keep"), click -> question.close());
        no.setId("flow-cancel-keep");
        no.addClassNames("kiosk-button", "kiosk-button-secondary");
        Div choices = new Div(no, yes);
        choices.addClassName("flow-dialog-buttons");
        question.add(new H2(getTranslation("flow.cancel-question")), new Paragraph(getTranslation("flow.cancel-text")),
                choices);
        question.open();
    }

    private static void toStart() {
        UI.getCurrent().navigate(StartView.class);
    }
}
