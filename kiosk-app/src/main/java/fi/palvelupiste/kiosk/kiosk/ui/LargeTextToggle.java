package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * "Large text" in the header of every resident screen: a touch makes the resident text 1.4 times as large (a class on
 * the page's body, so the dialogs grow too; styles.css multiplies its sizes by {@code --kiosk-text-scale}). It stays
 * on from screen to screen, since it is the body's and not a screen's, until it is touched again or the idle reset
 * gives the next resident normal text. The toggle itself and the rest of the header keep their size, so that it
 * stays where the finger found it.
 */
class LargeTextToggle extends Button implements LocaleChangeObserver {

    static final String BODY_CLASS = "kiosk-large-text";

    private final Span label = new Span();

    LargeTextToggle() {
        setId("large-text");
        addClassName("kiosk-large-text-toggle");
        Span mark = new Span();
        mark.addClassName("large-text-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        label.addClassName("large-text-label");
        getElement().appendChild(mark.getElement(), label.getElement());
        addClickListener(click -> show(!isOn()));
    }

    /** Whether this screen shows large text. */
    boolean isOn() {
        return getUI().map(LargeTextToggle::isOn).orElse(false);
    }

    /** Back to normal text, for the next resident. */
    void turnOff() {
        show(false);
    }

    private void show(boolean on) {
        getUI().ifPresent(ui -> ui.getElement().getClassList().set(BODY_CLASS, on));
        getElement().setAttribute("aria-pressed", String.valueOf(on));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // a shell drawn anew (another layout, a reload of the route) shows the body's state, not its own default
        show(isOn(attachEvent.getUI()));
    }

    private static boolean isOn(UI ui) {
        return ui.getElement().getClassList().contains(BODY_CLASS);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        label.setText(getTranslation("large-text.toggle"));
    }
}
