package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;

/** The buttons resident flows are made of: big two-line choices and the "Next →" step button. */
public final class FlowButtons {

    private FlowButtons() {
    }

    /** A big choice: a label and, if given, a one-line hint under it. */
    public static Button bigChoice(String id, String label, String hint) {
        Button button = KioskText.bigChoice(id, label, hint, "signup-choice-label");
        button.addClassName("signup-choice");
        return button;
    }

    /** "Seuraava →": goes on to the next step. */
    public static Button next(Runnable action) {
        Button next = new Button(UI.getCurrent().getTranslation("signup.next") + " " + KioskText.onArrow(),
                click -> action.run());
        next.setId("signup-next");
        next.addClassNames("kiosk-button", "signup-next");
        return next;
    }

    /** "Valmis": the flow is over, back to the start screen. The main button, or a quieter one beside another. */
    public static Button ready(boolean main) {
        Button done = new Button(UI.getCurrent().getTranslation("signup.done.ready"),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(StartView.class)));
        done.setId("signup-done");
        done.addClassName("kiosk-button");
        if (!main) {
            done.addClassName("kiosk-button-secondary");
        }
        return done;
    }
}
