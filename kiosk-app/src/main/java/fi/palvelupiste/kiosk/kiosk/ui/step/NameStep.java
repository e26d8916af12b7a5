package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenKeyboard;
import fi.palvelupiste.kiosk.resident.PersonDraft;
import fi.palvelupiste.kiosk.resident.ResidentName;

/**
 * First and last name with the kiosk's keyboard, written into the person's draft as they are tapped. "Next" on a
 * good first name with no last name yet moves the keyboard to the last name; a bad name gets its reason under
 * the field. Done when both names are good; the draft then holds them normalized.
 */
public class NameStep extends FlowStep<PersonDraft> {

    private final PersonDraft person;
    private final OnScreenField first;
    private final OnScreenField last;
    private final OnScreenKeyboard keyboard = new OnScreenKeyboard(OnScreenKeyboard.Layout.NAMES);

    public NameStep(PersonDraft person) {
        this.person = person;
        first = field("signup-first-name", "signup.name.first", person.firstName());
        first.addValueChangeListener(person::setFirstName);
        last = field("signup-last-name", "signup.name.last", person.lastName());
        last.addValueChangeListener(person::setLastName);
        first.addTapListener(() -> keyboard.setTarget(first));
        last.addTapListener(() -> keyboard.setTarget(last));
        keyboard.setTarget(!person.firstName().isBlank() && person.lastName().isBlank() ? last : first);
        Div fields = new Div(first, last);
        fields.addClassName("signup-fields");
        Button next = FlowButtons.next(this::next);
        add(KioskText.instruction(getTranslation("signup.name.instruction")), fields, keyboard, flowButtons(next));
    }

    private void next() {
        var firstProblem = ResidentName.problem(person.firstName());
        if (firstProblem.isPresent()) {
            first.setError(getTranslation(firstProblem.get().messageKey() + ".first"));
            keyboard.setTarget(first);
            return;
        }
        if (keyboard.getTarget() == first && person.lastName().isBlank()) {
            keyboard.setTarget(last);
            return;
        }
        var lastProblem = ResidentName.problem(person.lastName());
        if (lastProblem.isPresent()) {
            last.setError(getTranslation(lastProblem.get().messageKey() + ".last"));
            keyboard.setTarget(last);
            return;
        }
        person.setFirstName(ResidentName.normalize(person.firstName()));
        person.setLastName(ResidentName.normalize(person.lastName()));
        done(person);
    }

    private OnScreenField field(String id, String labelKey, String value) {
        OnScreenField field = new OnScreenField(id, getTranslation(labelKey));
        field.setMaxLength(ResidentName.MAX_LENGTH);
        field.setValue(value);
        return field;
    }
}
