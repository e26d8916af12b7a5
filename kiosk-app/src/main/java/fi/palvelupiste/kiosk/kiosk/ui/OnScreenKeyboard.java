package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kiosk's own keyboard, since the Pi's system keyboard is hidden behind full-screen Chromium. Finnish/Swedish
 * layout with å ä ö, big keys, space, hyphen, apostrophe, backspace and clear. Names get a capital at the start of
 * each word by themselves; reference codes show only the characters codes are made of.
 */
public class OnScreenKeyboard extends Div {

    public enum Layout {
        /** Letters for names: q–å, a–ä, z–m, hyphen and apostrophe, space. */
        NAMES,
        /** Digits and capitals of reference codes: no 0/O or 1/I/L, which are never used in a code. */
        CODES
    }

    private static final List<String> NAME_ROWS = List.of("qwertyuiopå", "asdfghjklöä", "zxcvbnm-'");
    private static final List<String> CODE_ROWS = List.of("23456789", "QWERTYUP", "ASDFGHJK", "ZXCVBNM");
    private static final Map<Character, String> KEY_IDS = Map.of('å', "aring", 'ä', "auml", 'ö', "ouml",
            '-', "hyphen", '\'', "apostrophe");

    private final Layout layout;
    private OnScreenField target;

    public OnScreenKeyboard(Layout layout) {
        this.layout = layout;
        addClassNames("osk", layout == Layout.NAMES ? "osk-names" : "osk-codes");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("keyboard.label"));
        for (String row : layout == Layout.NAMES ? NAME_ROWS : CODE_ROWS) {
            Div keys = new Div();
            keys.addClassName("osk-row");
            row.chars().forEach(c -> keys.add(key((char) c)));
            add(keys);
        }
        Div last = new Div();
        last.addClassName("osk-row");
        if (layout == Layout.NAMES) {
            Button space = special("osk-key-space", getTranslation("keyboard.space"), () -> type(" "));
            space.addClassName("osk-space");
            last.add(space);
        }
        last.add(special("osk-backspace", "⌫ " + getTranslation("keyboard.backspace"), () -> {
            if (target != null) {
                target.backspace();
            }
        }));
        last.add(special("osk-clear", getTranslation("keyboard.clear"), () -> {
            if (target != null) {
                target.clear();
            }
        }));
        add(last);
    }

    /** Where the typed letters go. */
    public void setTarget(OnScreenField field) {
        if (target != null) {
            target.setActive(false);
        }
        target = field;
        if (field != null) {
            field.setActive(true);
        }
    }

    public OnScreenField getTarget() {
        return target;
    }

    private Button key(char c) {
        String shown = layout == Layout.NAMES && Character.isLetter(c)
                ? String.valueOf(c).toUpperCase(Locale.ROOT) : String.valueOf(c);
        Button key = new Button(shown, click -> type(String.valueOf(c)));
        key.setId("osk-key-" + KEY_IDS.getOrDefault(c, String.valueOf(c).toLowerCase(Locale.ROOT)));
        key.addClassName("osk-key");
        if (c == '-') {
            key.getElement().setAttribute("aria-label", getTranslation("keyboard.hyphen"));
        } else if (c == '\'') {
            key.getElement().setAttribute("aria-label", getTranslation("keyboard.apostrophe"));
        }
        return key;
    }

    private Button special(String id, String text, Runnable action) {
        Button key = new Button(text, click -> action.run());
        key.setId(id);
        key.addClassNames("osk-key", "osk-special");
        return key;
    }

    private void type(String typed) {
        if (target == null) {
            return;
        }
        String current = target.getValue();
        String text = typed;
        if (layout == Layout.CODES) {
            text = typed.toUpperCase(Locale.ROOT);
        } else if (Character.isLetter(typed.charAt(0))) {
            boolean wordStart = current.isEmpty() || " -".indexOf(current.charAt(current.length() - 1)) >= 0;
            text = wordStart ? typed.toUpperCase(Locale.ROOT) : typed.toLowerCase(Locale.ROOT);
        } else if (typed.equals(" ") && (current.isEmpty() || current.endsWith(" "))) {
            return;
        }
        target.type(text);
    }
}
