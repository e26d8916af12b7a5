package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** "Vaihe 2/6" with a row of marks, so a resident sees how far along a multi-step flow she is. */
public class StepBar extends Div {

    private final Span text = new Span();
    private final Div marks = new Div();

    public StepBar() {
        setId("step-bar");
        addClassName("step-bar");
        text.addClassName("step-bar-text");
        marks.addClassName("step-bar-marks");
        marks.getElement().setAttribute("aria-hidden", "true");
        add(text, marks);
    }

    public void setStep(int current, int total) {
        text.setText(getTranslation("step.bar", current, total));
        marks.removeAll();
        for (int i = 1; i <= total; i++) {
            Span mark = new Span();
            mark.addClassName(i < current ? "step-done" : i == current ? "step-current" : "step-todo");
            marks.add(mark);
        }
    }

    public String getStepText() {
        return text.getText();
    }
}
