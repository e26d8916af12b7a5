package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.PersonDraft;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the person needs on the day: help with the e-application and a wheelchair place as toggles, written into
 * the draft as tapped (only the ones the event asks). The interpreter's language is a question of its own
 * ({@link #interpreter}): nine languages do not fit beside the toggles on the 7" panel.
 */
public class NeedsStep extends FlowStep<PersonDraft> {

    /** Which of the toggles the event asks. */
    public record Questions(boolean applicationHelp, boolean wheelchair) {
    }

    private final PersonDraft person;
    private final Questions questions;
    private final Div body = new Div();

    public NeedsStep(PersonDraft person, Questions questions) {
        this.person = person;
        this.questions = questions;
        body.addClassName("flow-step");
        getContent().addClassName("needs-step");
        add(KioskText.instruction(getTranslation("signup.needs.instruction")), body,
                flowButtons(FlowButtons.next(() -> done(person))));
        draw();
    }

    /**
     * "Do you need an interpreter?": none, or one of {@link Needs#INTERPRETER_LANGUAGES}; the answer is the
     * language's code, or "" for none. The person's present choice is marked, for when she comes back to it.
     *
     * @param languageName an interpreter language's code in words, in the resident's language
     */
    public static ChoiceStep<String> interpreter(PersonDraft person, SerializableFunction<String, String> languageName) {
        ChoiceStep<String> step = new ChoiceStep<>(ChoiceStep.GRID);
        step.instruction("signup.interpreter.instruction");
        List<@Nullable String> options = new ArrayList<>();
        options.add(null);
        options.addAll(Needs.INTERPRETER_LANGUAGES);
        for (String code : options) {
            boolean chosen = Objects.equals(code, person.interpreterLanguage());
            String label = code == null ? step.getTranslation("signup.interpreter.none") : languageName.apply(code);
            Button option = step.choice("signup-interpreter-" + (code == null ? "none" : code),
                    (chosen ? "✔ " : "") + label, "", true, code == null ? "" : code);
            option.addClassName("signup-interpreter");
            option.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            option.setClassName("signup-toggle-on", chosen);
        }
        return step;
    }

    private void draw() {
        body.removeAll();
        Div toggles = KioskText.choices();
        if (questions.applicationHelp()) {
            toggles.add(toggle("signup-need-help", getTranslation("signup.needs.help"), person.applicationHelp(),
                    person::setApplicationHelp));
        }
        if (questions.wheelchair()) {
            toggles.add(toggle("signup-need-wheelchair", getTranslation("signup.needs.wheelchair"), person.wheelchair(),
                    person::setWheelchair));
        }
        body.add(toggles);
    }
    private Button toggle(String id, String label, boolean on, SerializableConsumer<Boolean> set) {
        Button button = new Button((on ? "✔ " : "") + KioskText.forScreen(label));
        button.setId(id);
        button.addClassNames("kiosk-button", "signup-toggle");
        button.setClassName("signup-toggle-on", on);
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.addClickListener(click -> {
            set.accept(!on);
            draw();
        });
        return button;
    }
}
