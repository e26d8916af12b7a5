package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;

/**
 * A choice of N big buttons (an event, a time, a stop, yes or no): tapping one answers the question with its value.
 * Above the buttons an optional introduction and one instruction; a list with nothing to choose says so instead.
 * The buttons fill the room between the instruction and the row of Back and Cancel: as many as fit there are shown,
 * and "More ↓" and "↑ Previous" in that row turn the page (thirty times of a photo day on the 7" panel are four
 * pages, never a list that goes on below the screen's edge). The page is laid out in the browser, which alone
 * knows how tall the buttons came out; every button is in the page, so the server sees the same choices.
 *
 * @param <V> what a button stands for
 */
public class ChoiceStep<V> extends FlowStep<V> {

    /** Choices one under another (events, stops, yes/no). */
    public static final String LIST = "signup-choices";
    /** Short choices side by side (times of a photo day). */
    public static final String GRID = "signup-slots";

    /**
     * Shows the buttons that fit in the box, from the page's first one; "More" and "Previous" move by a page. It
     * lays out again when the box changes size (another panel, larger text) and starts from the first page then.
     */
    private static final String PAGES = """
            const box = this, previous = $0, more = $1;
            const starts = [0];
            const lay = () => {
              const all = [...box.children];
              const start = starts[starts.length - 1];
              all.forEach((button, i) => button.style.display = i < start ? 'none' : '');
              const bottom = box.getBoundingClientRect().top + box.clientHeight + 1;
              let end = all.length;
              for (let i = start + 1; i < all.length; i++) {
                if (all[i].getBoundingClientRect().bottom > bottom) { end = i; break; }
              }
              all.forEach((button, i) => { if (i >= end) button.style.display = 'none'; });
              box.dataset.pageEnd = end;
              previous.hidden = starts.length === 1;
              more.hidden = end >= all.length;
            };
            more.addEventListener('click', () => { starts.push(Number(box.dataset.pageEnd)); lay(); });
            previous.addEventListener('click', () => { if (starts.length > 1) { starts.pop(); lay(); } });
            let width = -1, height = -1;
            new ResizeObserver(() => {
              if (box.clientWidth === width && box.clientHeight === height) return;
              width = box.clientWidth;
              height = box.clientHeight;
              starts.length = 1;
              lay();
            }).observe(box);
            """;

    private final Div intro = contents();
    private final Div instruction = contents();
    private final Div choices = new Div();
    private final Button previous = pageButton("choices-previous", "↑ " + getTranslation("flow.page.previous"));
    private final Button more = pageButton("choices-more", getTranslation("flow.page.more") + " ↓");

    /** @param arrangement {@link #LIST} or {@link #GRID} */
    public ChoiceStep(String arrangement) {
        choices.addClassNames(arrangement, "paged-choices");
        add(intro, instruction, choices, flowButtons(previous, more));
        choices.addAttachListener(attach -> choices.getElement().executeJs(PAGES, previous.getElement(),
                more.getElement()));
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

    /** Hidden until the page script finds more buttons than fit; a click only turns the page in the browser. */
    private static Button pageButton(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.addClassNames("kiosk-button", "kiosk-button-secondary", "flow-page");
        button.getElement().setAttribute("hidden", true);
        return button;
    }

    private static Div contents() {
        Div box = new Div();
        box.addClassName("flow-step");
        return box;
    }
}
