package fi.palvelupiste.kiosk.kiosk.ui;

import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fi.palvelupiste.kiosk.kiosk.StartChoice;
import fi.palvelupiste.kiosk.kiosk.StartChoiceProvider;

import java.util.Comparator;
import java.util.List;

/**
 * The kiosk's first screen: a greeting and at most six big buttons, one for each thing a resident can do. It never
 * scrolls: where the buttons do not fit (large text) they page ({@link PagedChoices}).
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "", layout = KioskLayout.class)
public class StartView extends KioskView {

    /** More than this many choices on one screen overwhelms a first-time user (UX.md). */
    static final int MAX_CHOICES = 6;

    private final List<StartChoiceProvider> providers;

    public StartView(List<StartChoiceProvider> providers) {
        this.providers = providers;
        addClassName("start-view");
    }

    @Override
    protected String titleKey() {
        return "start.title";
    }

    @Override
    protected void render() {
        heading.setText(getTranslation("start.heading"));
        List<StartChoice> choices = providers.stream()
                .flatMap(provider -> provider.startChoices(getLocale()).stream())
                .sorted(Comparator.comparingInt(StartChoice::order))
                .limit(MAX_CHOICES)
                .toList();
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("start.none-open")));
            return;
        }
        Paragraph instruction = new Paragraph(getTranslation("start.instruction"));
        instruction.addClassName("kiosk-instruction");
        Div grid = new Div();
        grid.addClassName("start-choices");
        choices.forEach(choice -> grid.add(choiceButton(choice)));
        // six choices fit the screen in normal text; large text takes two or three pages
        add(instruction, grid, PagedChoices.pagedBy(grid));
    }

    private static Button choiceButton(StartChoice choice) {
        Button button = KioskText.bigChoice("start-choice-" + choice.id(), choice.label(), choice.hint(),
                "start-choice-label");
        button.setDisableOnClick(true);
        button.addClickListener(click -> choice.choose().run());
        return button;
    }
}
