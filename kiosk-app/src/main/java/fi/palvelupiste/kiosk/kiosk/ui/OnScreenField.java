package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;

import java.util.ArrayList;
import java.util.List;

/**
 * A text box filled only by the kiosk's own {@link OnScreenKeyboard} or {@link PhoneKeypad} (the system keyboard
 * is hidden behind full-screen Chromium): a label, the text typed so far with a caret, and a kind message when
 * the text needs fixing. Tapping it makes it the keyboard's target.
 */
public class OnScreenField extends Div {

    private final Span label = new Span();
    private final Div shown = new Div();
    private final Paragraph error = new Paragraph();
    private final List<SerializableConsumer<String>> changeListeners = new ArrayList<>();
    private final List<SerializableRunnable> tapListeners = new ArrayList<>();
    private String value = "";
    private int maxLength = 60;

    public OnScreenField(String id, String labelText) {
        setId(id);
        addClassName("osk-field");
        label.setId(id + "-label");
        label.addClassName("osk-field-label");
        label.setText(labelText);
        shown.setId(id + "-value");
        shown.addClassName("osk-field-value");
        shown.getElement().setAttribute("role", "textbox");
        shown.getElement().setAttribute("aria-readonly", "true");
        shown.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        error.setId(id + "-error");
        error.addClassName("osk-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(label, shown, error);
        addClickListener(click -> tapListeners.forEach(SerializableRunnable::run));
        redraw();
    }

    public String getValue() {
        return value;
    }

    public void setValue(String newValue) {
        String text = newValue == null ? "" : newValue;
        value = text.codePointCount(0, text.length()) > maxLength
                ? text.substring(0, text.offsetByCodePoints(0, maxLength)) : text;
        clearError();
        redraw();
        changeListeners.forEach(listener -> listener.accept(value));
    }

    /**
     * Adds typed characters at the end, up to the longest allowed text; a tap past it is not silently dropped: the
     * field says that it is full.
     */
    public void type(String characters) {
        String longer = value + characters;
        if (longer.codePointCount(0, longer.length()) > maxLength) {
            setError(getTranslation("keyboard.full", maxLength));
            return;
        }
        setValue(longer);
    }

    public void backspace() {
        if (!value.isEmpty()) {
            setValue(value.substring(0, value.offsetByCodePoints(value.length(), -1)));
        }
    }

    public void clear() {
        setValue("");
    }

    public void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The field the keyboard types into is marked, so the resident sees where the letters go. */
    public void setActive(boolean active) {
        setClassName("osk-field-active", active);
        shown.getElement().setAttribute("aria-current", active ? "true" : "false");
    }

    /** Shows what to fix under the text; the field is marked so that colour is not the only sign. */
    public void setError(String message) {
        error.setText("⚠ " + message);
        error.setVisible(true);
        addClassName("osk-field-invalid");
        shown.getElement().setAttribute("aria-invalid", "true");
        shown.getElement().setAttribute("aria-describedby", error.getId().orElseThrow());
        // the message may change the box's width (a scroll bar comes or goes)
        showEnd();
    }

    public void clearError() {
        error.setVisible(false);
        removeClassName("osk-field-invalid");
        shown.getElement().removeAttribute("aria-invalid");
        shown.getElement().removeAttribute("aria-describedby");
    }

    public String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    public void addValueChangeListener(SerializableConsumer<String> listener) {
        changeListeners.add(listener);
    }

    /** Called when the resident taps the field (to type into it). */
    public void addTapListener(SerializableRunnable listener) {
        tapListeners.add(listener);
    }

    private void redraw() {
        shown.removeAll();
        Span text = new Span(value);
        text.addClassName("osk-field-text");
        Span caret = new Span();
        caret.addClassName("osk-caret");
        caret.getElement().setAttribute("aria-hidden", "true");
        shown.add(text, caret);
        showEnd();
    }

    /** The box keeps to one line: a long name slides along so that its end and the caret stay in sight. */
    private void showEnd() {
        shown.getElement().executeJs("const c = this.querySelector('.osk-caret');"
                + "if (c) { requestAnimationFrame(() => c.scrollIntoView({block: 'nearest', inline: 'nearest'})); }");
    }
}
