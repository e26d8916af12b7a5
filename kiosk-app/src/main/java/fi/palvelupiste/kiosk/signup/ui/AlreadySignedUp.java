package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.step.FlowButtons;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.kiosk.ui.SlipPrintState;
import fi.palvelupiste.kiosk.signup.Signup;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** "You are already signed up": the existing code, and a new slip of it once, if the resident asks. */
class AlreadySignedUp extends Composite<Div> {

    private @Nullable SlipPrintState printState;

    /** @param reprintJob the slip printed again, or null while not asked for */
    AlreadySignedUp(Signup existing, PrintJobService printing, @Nullable Long reprintJob) {
        Div content = getContent();
        content.addClassName("flow-step");
        content.add(new Paragraph(getTranslation("signup.already.text", existing.fullName())),
                KioskText.codeBox("signup-code", existing.referenceCode()));
        // the slip's state or "print again" beside "Done": one row under the code on the 7" panel
        Div row = new Div();
        row.addClassName("signup-actions");
        if (reprintJob != null) {
            printState = new SlipPrintState(printing, List.of(reprintJob),
                    getTranslation("signup.not-printed", existing.referenceCode()));
            row.add(printState);
        } else {
            Button reprint = new Button(getTranslation("signup.already.reprint"),
                    click -> fireEvent(new ReprintEvent(this)));
            reprint.setId("signup-reprint");
            reprint.addClassName("kiosk-button");
            reprint.setDisableOnClick(true);
            row.add(reprint);
        }
        row.add(FlowButtons.ready(false));
        content.add(row);
    }

    @Nullable SlipPrintState printState() {
        return printState;
    }

    Registration addReprintListener(ComponentEventListener<ReprintEvent> listener) {
        return addListener(ReprintEvent.class, listener);
    }

    /** The resident asks for the slip again. */
    static final class ReprintEvent extends ComponentEvent<AlreadySignedUp> {

        ReprintEvent(AlreadySignedUp source) {
            super(source, false);
        }
    }
}
