package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The few kinds of text every resident screen is made of, built one way. The texts come translated. */
public final class KioskText {

    private KioskText() {
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
