package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/** A big numeric keypad for phone numbers: 1–9, +, 0 and backspace, in the order of a phone's keys. */
public class PhoneKeypad extends Div {

    private static final String KEYS = "123456789+0";

    private OnScreenField target;

    public PhoneKeypad() {
        addClassName("keypad");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("keypad.label"));
        for (char c : KEYS.toCharArray()) {
            Button key = new Button(String.valueOf(c), click -> {
                if (target != null) {
                    target.type(String.valueOf(c));
                }
            });
            key.setId(c == '+' ? "keypad-plus" : "keypad-" + c);
            key.addClassName("keypad-key");
            if (c == '+') {
                key.getElement().setAttribute("aria-label", getTranslation("keypad.plus"));
            }
            add(key);
        }
        Button backspace = new Button("⌫", click -> {
            if (target != null) {
                target.backspace();
            }
        });
        backspace.setId("keypad-backspace");
        backspace.addClassNames("keypad-key", "keypad-backspace");
        backspace.getElement().setAttribute("aria-label", getTranslation("keyboard.backspace"));
        add(backspace);
    }

    public void setTarget(OnScreenField field) {
        target = field;
        if (field != null) {
            field.setActive(true);
        }
    }
}
