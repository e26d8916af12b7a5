package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.palvelupiste.kiosk.i18n.Hyphenation;
import fi.palvelupiste.kiosk.i18n.Language;

/**
 * The few kinds of text every resident screen is made of, built one way. The texts come translated; the ones in
 * narrow boxes (choice buttons, toggles) go through {@link #forScreen} for their line breaks.
 */
public final class KioskText {

    private KioskText() {
    }

    /**
     * The text with soft hyphens in its long words, in the screen's language ({@link Hyphenation}), so that a narrow
     * button breaks "valokuvauspäivään" at a syllable and never at any letter. Only for what is shown: slips,
     * speech and files take the text as it is.
     */
    public static String forScreen(String text) {
        UI ui = UI.getCurrent();
        return ui == null ? text : Hyphenation.text(text, Language.of(ui.getLocale()));
    }

    /**
     * The words that go with a large number or time (how many are before, when to come back): together, so that the
     * screen can put them beside the number and "Ready" under it where a column of them all would not fit.
     */
    public static Div besideTheNumber(Component... words) {
        Div beside = new Div(words);
        beside.addClassName("ticket-words");
        return beside;
    }

    /** A plain-language line under the heading that says what to do on this screen. */
    public static Paragraph instruction(String text) {
        Paragraph instruction = new Paragraph(text);
        instruction.addClassName("kiosk-instruction");
        return instruction;
    }

    /** "Label: value", the label in bold: how summaries and confirmations repeat the essentials. */
    public static Paragraph labelledLine(String label, String value) {
        Paragraph line = new Paragraph();
        Span text = new Span(label + ": ");
        text.addClassName("signup-label");
        line.add(text, new Span(value));
        return line;
    }

    /** A reference code in big letters. */
    /**
     * A big choice button: its label in large type and, if given, a hint under it, both with soft hyphens at their
     * long words' syllables ({@link #forScreen}). What a tap does is the caller's.
     *
     * @param labelClass the label's class: the start screen's larger type or a flow step's
     */
    public static Button bigChoice(String id, String label, String hint, String labelClass) {
        Button button = new Button();
        button.setId(id);
        button.addClassNames("kiosk-button", "start-choice");
        Span text = new Span(forScreen(label));
        text.addClassName(labelClass);
        button.getElement().appendChild(text.getElement());
        if (!hint.isBlank()) {
            Span small = new Span(forScreen(hint));
            small.addClassName("start-choice-hint");
            button.getElement().appendChild(small.getElement());
        }
        return button;
    }

    /** "←" for back in a left-to-right screen, "→" in a right-to-left one (an arrow's glyph does not turn). */
    public static String backArrow() {
        return rightToLeft() ? "→" : "←";
    }

    /** "→" for on in a left-to-right screen, "←" in a right-to-left one. */
    public static String onArrow() {
        return rightToLeft() ? "←" : "→";
    }

    private static boolean rightToLeft() {
        UI ui = UI.getCurrent();
        return ui != null && Language.of(ui.getLocale()).rightToLeft();
    }

    public static Div codeBox(String id, String code) {
        Div box = new Div(code);
        box.setId(id);
        box.addClassName("signup-code");
        return box;
    }

    /** A one-off kind word at the top of a step ("that time just filled up"), announced as an alert. */
    public static Paragraph alert(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.addClassNames("ticket-print-state", "ticket-print-problem");
        note.getElement().setAttribute("role", "alert");
        return note;
    }

    /** A box for big choices, one per row on the small panel. */
    public static Div choices() {
        Div choices = new Div();
        choices.addClassName("signup-choices");
        return choices;
    }
}
