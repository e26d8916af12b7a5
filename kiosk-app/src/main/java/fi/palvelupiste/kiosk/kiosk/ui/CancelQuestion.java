package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Cancel" in a resident flow: back to the start screen at once, or, when the resident has typed something, after
 * asking once whether to throw it away.
 */
public final class CancelQuestion {

    private CancelQuestion() {
    }

    /** @param typedText whether leaving would throw away something the resident typed */
    public static void leave(boolean typedText) {
        UI ui = UI.getCurrent();
        if (!typedText) {
            ui.navigate(StartView.class);
            return;
        }
        Dialog question = new Dialog();
        question.addClassName("kiosk-idle-dialog");
        question.getElement().setAttribute("aria-label", ui.getTranslation("flow.cancel-question"));
        Button yes = new Button(ui.getTranslation("flow.cancel-confirm"), click -> {
            question.close();
            ui.navigate(StartView.class);
        });
        yes.setId("flow-cancel-confirm");
        yes.addClassName("kiosk-button");
        Button no = new Button(ui.getTranslation("flow.cancel-keep"), click -> question.close());
        no.setId("flow-cancel-keep");
        no.addClassNames("kiosk-button", "kiosk-button-secondary");
        Div choices = new Div(no, yes);
        choices.addClassName("flow-dialog-buttons");
        question.add(new H2(ui.getTranslation("flow.cancel-question")),
                new Paragraph(ui.getTranslation("flow.cancel-text")), choices);
        question.open();
    }
}
