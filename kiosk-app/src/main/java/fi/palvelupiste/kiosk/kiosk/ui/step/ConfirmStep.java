package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.resident.PersonDraft;
import org.jspecify.annotations.Nullable;

/**
 * The last look before something is saved: a summary of what was chosen and one confirm button, which can be
 * tapped once. As a summary it has Back and Cancel; as a question ("Cancel this booking?") it has a "keep" button
 * instead, which fires the back event.
 */
public class ConfirmStep extends FlowStep<Boolean> {

    private final Div summary = new Div();
    private final Div notes = new Div();

    private ConfirmStep(String summaryId) {
        summary.setId(summaryId);
        summary.addClassName("signup-summary");
        notes.addClassName("flow-step");
        // a long summary (two people, a ride, the price) scrolls in its own box; the buttons stay on the screen
        add(readingBox(summary, notes));
    }

    /** The summary of a flow: its lines, then the confirm button between Back and Cancel. */
    public static ConfirmStep summary(String summaryId, String confirmId, String confirmText) {
        Button confirm = new Button(confirmText);
        confirm.setId(confirmId);
        confirm.addClassNames("kiosk-button", "signup-next");
        ConfirmStep step = new ConfirmStep(summaryId);
        step.confirmOnce(confirm);
        step.add(step.flowButtons(confirm));
        return step;
    }

    /** A question with "keep" (the back event) and "yes" side by side. */
    public static ConfirmStep question(String summaryId, String keepId, String keepText, String confirmId,
                                       String confirmText) {
        Button keep = new Button(keepText);
        keep.setId(keepId);
        keep.addClassNames("kiosk-button", "kiosk-button-secondary");
        Button confirm = new Button(confirmText);
        confirm.setId(confirmId);
        confirm.addClassName("kiosk-button");
        Div choices = new Div(keep, confirm);
        choices.addClassName("signup-choices");
        ConfirmStep step = new ConfirmStep(summaryId);
        step.add(choices);
        keep.addClickListener(click -> step.fireEvent(new BackEvent(step)));
        step.confirmOnce(confirm);
        return step;
    }

    /** "Label: value" in the summary; the label comes as a message key. */
    public ConfirmStep line(String labelKey, String value) {
        summary.add(KioskText.labelledLine(getTranslation(labelKey), value));
        return this;
    }

    /**
     * A person's block: name, phone (or "no phone") and, when the event asks them, the needs in words.
     *
     * @param needs the needs in words ("" for none), or null when they were not asked
     */
    public ConfirmStep person(String labelKey, PersonDraft person, @Nullable String needs) {
        Div block = new Div(KioskText.labelledLine(getTranslation(labelKey), person.fullName()),
                KioskText.labelledLine(getTranslation("signup.summary.phone"), person.phone().isBlank()
                        ? getTranslation("signup.summary.no-phone") : person.displayPhone()));
        block.addClassName("signup-person");
        if (needs != null) {
            block.add(KioskText.labelledLine(getTranslation("signup.summary.needs"),
                    needs.isBlank() ? getTranslation("signup.summary.no-needs") : needs));
        }
        summary.add(block);
        return this;
    }

    /** Anything else in the summary box (a person's block, a plain line). */
    public ConfirmStep addToSummary(Component... components) {
        summary.add(components);
        return this;
    }

    /** A line under the summary, before the button (the privacy note). */
    public Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.addClassName("signup-privacy");
        notes.add(note);
        return note;
    }

    private void confirmOnce(Button confirm) {
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> done(true));
    }
}
