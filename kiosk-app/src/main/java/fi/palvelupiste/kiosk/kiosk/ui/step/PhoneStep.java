package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.PhoneKeypad;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.resident.PersonDraft;

import java.util.Optional;

/**
 * A mobile number with the keypad, or "I have no phone". Written into the person's draft as it is tapped; a number
 * that is not a Finnish mobile gets a kind word under the field. Done with a good number or none.
 */
public class PhoneStep extends FlowStep<PersonDraft> {

    /** The longest text the field takes ("+358 40 123 4567" and a little more). */
    public static final int MAX_LENGTH = 16;

    /** @param instructionKey why the number is asked ("the organiser calls if the time changes") */
    public PhoneStep(PersonDraft person, String instructionKey) {
        OnScreenField phone = new OnScreenField("signup-phone", getTranslation("signup.phone.label"));
        phone.setMaxLength(MAX_LENGTH);
        phone.setValue(person.phone());
        phone.addValueChangeListener(person::setPhone);
        PhoneKeypad keypad = new PhoneKeypad();
        keypad.setTarget(phone);
        Button next = FlowButtons.next(() -> {
            if (!person.phone().isBlank()) {
                Optional<FinnishMobile.Problem> problem = FinnishMobile.problem(person.phone());
                if (problem.isPresent()) {
                    phone.setError(getTranslation(switch (problem.get()) {
                        case TOO_LONG -> "signup.phone.too-long";
                        case TOO_SHORT -> "signup.phone.too-short";
                        case NOT_MOBILE -> "signup.phone.invalid";
                    }));
                    return;
                }
            }
            done(person);
        });
        Button none = new Button(getTranslation("signup.phone.none"), click -> {
            person.setPhone("");
            done(person);
        });
        none.setId("signup-no-phone");
        none.addClassNames("kiosk-button", "kiosk-button-secondary");
        // the number and "no phone" beside the keypad: the keypad's four rows leave no room above or below it
        Div number = new Div(KioskText.instruction(getTranslation(instructionKey)), phone, none);
        number.addClassName("phone-step-number");
        Div columns = new Div(number, keypad);
        columns.addClassName("phone-step");
        add(columns, flowButtons(next));
    }
}
