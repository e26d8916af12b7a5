package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import fi.palvelupiste.kiosk.i18n.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kiosk's own keyboard, since the Pi's system keyboard is hidden behind full-screen Chromium. Big keys, at most
 * eleven in a row so that each stays 64 px wide on an 800 px screen, space, backspace and clear. Names can be typed in
 * Latin letters (with the Finnish, Swedish and Estonian ones), in Ukrainian or Russian Cyrillic, or in Arabic: the
 * keyboard starts with the script of the screen's language and a key switches to the next script. Names get a
 * capital at the start of each word by themselves; reference codes show only the characters codes are made of.
 */
public class OnScreenKeyboard extends Div implements LocaleChangeObserver {

    public enum Layout {
        /** Letters for names in one of the {@link Script}s, hyphen and apostrophe where names use them, space. */
        NAMES,
        /** Digits and capitals of reference codes: no 0/O or 1/I/L, which are never used in a code. */
        CODES
    }

    /** The scripts names can be typed in: three rows of letters and the keys beside the space bar. */
    public enum Script {
        LATIN("ABC", "en", List.of("qwertyuiopå", "asdfghjklöä", "zxcvbnmõüšž"), "-'"),
        UKRAINIAN("Укр", "uk", List.of("йцукенгшщзх", "фівапролджє", "ячсмитьбюїґ"), "-'"),
        RUSSIAN("Рус", "ru", List.of("йцукенгшщзх", "фывапролджэ", "ячсмитьбюъё"), "-"),
        ARABIC("عربي", "ar", List.of("ضصثقفغعهخحج", "شسيبلاتنمكط", "ذءؤرىةوزظدأ"), "إآئ");

        private final String label;
        private final String lang;
        private final List<String> rows;
        private final String extra;

        Script(String label, String lang, List<String> rows, String extra) {
            this.label = label;
            this.lang = lang;
            this.rows = rows;
            this.extra = extra;
        }

        /** The script a resident reading {@code language} most likely writes their name in. */
        public static Script of(Language language) {
            return switch (language) {
                case UK -> UKRAINIAN;
                case RU -> RUSSIAN;
                case AR -> ARABIC;
                default -> LATIN;
            };
        }

        Script next() {
            return values()[(ordinal() + 1) % values().length];
        }

        /** Every letter and extra key of the script, for tests. */
        public String letters() {
            return String.join("", rows) + extra;
        }
    }

    private static final List<String> CODE_ROWS = List.of("23456789", "QWERTYUP", "ASDFGHJK", "ZXCVBNM");
    private static final Map<Character, String> KEY_IDS = Map.of('å', "aring", 'ä', "auml", 'ö', "ouml",
            '-', "hyphen", '\'', "apostrophe");

    private final Layout layout;
    private Script script = Script.LATIN;
    private OnScreenField target;

    public OnScreenKeyboard(Layout layout) {
        this.layout = layout;
        addClassNames("osk", layout == Layout.NAMES ? "osk-names" : "osk-codes");
        getElement().setAttribute("role", "group");
        build();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        script = Script.of(Language.of(event.getLocale()));
        build();
    }

    /** The script the letters are in now. */
    public Script script() {
        return script;
    }

    private void build() {
        removeAll();
        getElement().setAttribute("aria-label", getTranslation("keyboard.label"));
        // the keys stay in the script's own order, also when the screen runs right to left
        getElement().setAttribute("dir", script == Script.ARABIC && layout == Layout.NAMES ? "rtl" : "ltr");
        List<Div> rows = new ArrayList<>();
        for (String row : layout == Layout.NAMES ? script.rows : CODE_ROWS) {
            Div keys = new Div();
            keys.addClassName("osk-row");
            row.chars().forEach(c -> keys.add(key((char) c)));
            rows.add(keys);
        }
        rows.forEach(this::add);
        Button backspace = special("osk-backspace", "⌫ " + getTranslation("keyboard.backspace"), () -> {
            if (target != null) {
                target.backspace();
            }
        });
        Button clear = special("osk-clear", getTranslation("keyboard.clear"), () -> {
            if (target != null) {
                target.clear();
            }
        });
        if (layout == Layout.CODES) {
            // four rows, as on a computer: backspace after the digits, clear after the last letters
            rows.getFirst().add(backspace);
            rows.getLast().add(clear);
            return;
        }
        Div last = new Div();
        last.addClassName("osk-row");
        Button next = special("keyboard-script", script.next().label, () -> {
            script = script.next();
            build();
        });
        next.getElement().setAttribute("lang", script.next().lang);
        next.getElement().setAttribute("aria-label", getTranslation("keyboard.script", script.next().label));
        last.add(next);
        script.extra.chars().forEach(c -> last.add(key((char) c)));
        Button space = special("osk-key-space", getTranslation("keyboard.space"), () -> type(" "));
        space.addClassName("osk-space");
        last.add(space);
        last.add(backspace, clear);
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
        key.setId("osk-key-" + KEY_IDS.getOrDefault(c, c < 128 ? String.valueOf(c).toLowerCase(Locale.ROOT)
                : "u" + Integer.toHexString(c)));
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
