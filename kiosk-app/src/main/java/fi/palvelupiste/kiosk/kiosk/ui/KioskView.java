package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.palvelupiste.kiosk.i18n.Language;

import java.util.Optional;
import java.util.UUID;

/**
 * Base of every resident screen: one h1 with "Read aloud" beside it, a page title in the resident's language, and a
 * {@link #render()} that draws the screen again whenever the language changes.
 */
public abstract class KioskView extends Section implements HasDynamicTitle, LocaleChangeObserver {

    protected final H1 heading = new H1();

    protected KioskView() {
        addClassName("kiosk-view");
        heading.addClassName("kiosk-heading");
    }

    /** The message key of this screen's name, used for the browser title. */
    protected abstract String titleKey();

    /** Builds the screen's content in the current language. */
    protected abstract void render();

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation(titleKey()));
    }

    /** A plain-language line under the heading that says what to do on this screen. */
    protected Paragraph instruction(String key) {
        return KioskText.instruction(getTranslation(key));
    }

    /** "Label: value", the label in bold: how summaries and confirmations repeat the essentials. */
    protected Paragraph labelledLine(String labelKey, String value) {
        return KioskText.labelledLine(getTranslation(labelKey), value);
    }

    /** A route parameter that must be a UUID (a ticket's or a form's public id); empty when missing or malformed. */
    protected static Optional<UUID> uuidParameter(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name).flatMap(text -> {
            try {
                return Optional.of(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** Back to the start screen; what this screen held is forgotten with it. */
    protected void toStart() {
        getUI().ifPresent(ui -> ui.navigate(StartView.class));
    }

    /** Empties the screen down to its heading row (the h1 and "Read aloud"), to be drawn anew. */
    protected void clearToHeading() {
        removeAll();
        Div headingRow = new Div(heading, new ReadAloud(Language.of(getLocale())));
        headingRow.addClassName("kiosk-heading-row");
        add(headingRow);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        clearToHeading();
        render();
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }
}
