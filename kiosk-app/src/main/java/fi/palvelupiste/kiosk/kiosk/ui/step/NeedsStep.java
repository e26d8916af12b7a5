package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
 * What the person needs on the day, as toggles: help with the e-application, a wheelchair place, an interpreter
 * (one language or none). Only the questions the event asks are shown. Written into the draft as tapped.
 */
public class NeedsStep extends FlowStep<PersonDraft> {

    /** Which questions the event asks. */
    public record Questions(boolean applicationHelp, boolean wheelchair, boolean interpreter) {
    }

    private final PersonDraft person;
    private final Questions questions;
    private final SerializableFunction<String, String> languageName;
    private final Div body = new Div();

    /** @param languageName an interpreter language's code in words, in the resident's language */
    public NeedsStep(PersonDraft person, Questions questions, SerializableFunction<String, String> languageName) {
        this.person = person;
        this.questions = questions;
        this.languageName = languageName;
        body.addClassName("flow-step");
        add(KioskText.instruction(getTranslation("signup.needs.instruction")), body,
                FlowButtons.next(() -> done(person)), flowButtons());
        draw();
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
        if (questions.interpreter()) {
            H2 interpreter = new H2(getTranslation("signup.needs.interpreter"));
            interpreter.addClassName("signup-subheading");
            Div languages = new Div();
            languages.addClassName("signup-languages");
            List<@Nullable String> options = new ArrayList<>();
            options.add(null);
            options.addAll(Needs.INTERPRETER_LANGUAGES);
            for (String code : options) {
                boolean selected = Objects.equals(code, person.interpreterLanguage());
                Button option = new Button(code == null ? getTranslation("signup.interpreter.none") : languageName.apply(code));
                option.setId("signup-interpreter-" + (code == null ? "none" : code));
                option.addClassNames("kiosk-button", "signup-toggle");
                option.getElement().setAttribute("aria-pressed", String.valueOf(selected));
                option.setClassName("signup-toggle-on", selected);
                option.addClickListener(click -> {
                    person.setInterpreterLanguage(code);
                    draw();
                });
                languages.add(option);
            }
            body.add(interpreter, languages);
        }
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
