package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableConsumer;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenKeyboard;

/**
 * One short text with the kiosk's keyboard (a reference code, the first letters of a surname). "Next" answers with
 * the text as typed; the screen checks it and may show {@link #setError} under the field.
 */
public class TextStep extends FlowStep<String> {

    private final OnScreenField field;

    public TextStep(String id, String labelKey, String instructionKey, OnScreenKeyboard.Layout layout, int maxLength,
                    String value, SerializableConsumer<String> typed) {
        field = new OnScreenField(id, getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setValue(value);
        field.addValueChangeListener(typed);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(layout);
        keyboard.setTarget(field);
        Button next = FlowButtons.next(() -> done(field.getValue()));
        add(KioskText.instruction(getTranslation(instructionKey)), field, keyboard, flowButtons(next));
    }

    /** What to fix, under the field, in the resident's language. */
    public void setError(String message) {
        field.setError(message);
    }
}
