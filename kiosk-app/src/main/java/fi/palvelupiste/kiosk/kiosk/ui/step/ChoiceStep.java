package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.PagedChoices;

/**
 * A choice of N big buttons (an event, a time, a stop, yes or no): tapping one answers the question with its value.
 * Above the buttons an optional introduction and one instruction; a list with nothing to choose says so instead.
 * The buttons fill the room between the instruction and the row of Back and Cancel: as many as fit there are shown,
 * and "More ↓" and "↑ Previous" in that row turn the page ({@link PagedChoices}).
 *
 * @param <V> what a button stands for
 */
public class ChoiceStep<V> extends FlowStep<V> {

    /** Choices one under another (events, stops, yes/no). */
    public static final String LIST = "signup-choices";
    /** Short choices side by side (times of a photo day). */
    public static final String GRID = "signup-slots";

    private final Div intro = contents();
    private final Div instruction = contents();
    private final Div choices = new Div();
    private final Button previous = PagedChoices.previousButton();
    private final Button more = PagedChoices.moreButton();

    /** @param arrangement {@link #LIST} or {@link #GRID} */
    public ChoiceStep(String arrangement) {
        choices.addClassName(arrangement);
        PagedChoices.page(choices, previous, more);
        add(intro, instruction, choices, flowButtons(previous, more));
    }

    /** A yes/no question: the buttons are {@code <idPrefix>-yes} and {@code <idPrefix>-no}. */
    public static ChoiceStep<Boolean> yesNo(String idPrefix, String instructionKey, String yesKey, String noKey) {
        ChoiceStep<Boolean> step = new ChoiceStep<>(LIST);
        step.instruction(instructionKey);
        step.choice(idPrefix + "-yes", step.getTranslation(yesKey), "", true, true);
        step.choice(idPrefix + "-no", step.getTranslation(noKey), "", true, false);
        return step;
    }

    /** Shown above the instruction: what the choice is about. */
    public ChoiceStep<V> intro(Component... components) {
        intro.add(components);
        return this;
    }

    public ChoiceStep<V> instruction(String key) {
        instruction.removeAll();
        instruction.add(KioskText.instruction(getTranslation(key)));
        return this;
    }

    /** Instead of the instruction, when there is nothing to choose: "no events are open". */
    public ChoiceStep<V> nothingToChoose(String key) {
        instruction.removeAll();
        instruction.add(new Paragraph(getTranslation(key)));
        return this;
    }

    /**
     * Adds a big button with a label and a one-line hint (blank for none).
     *
     * @return the button, for a class of its own
     */
    public Button choice(String id, String label, String hint, boolean enabled, V value) {
        Button button = FlowButtons.bigChoice(id, label, hint);
        button.setEnabled(enabled);
        button.addClickListener(click -> done(value));
        choices.add(button);
        return button;
    }

    private static Div contents() {
        Div box = new Div();
        box.addClassName("flow-step");
        return box;
    }
}
