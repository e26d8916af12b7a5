package fi.palvelupiste.kiosk.forms.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.kiosk.forms.FormPrinting;
import fi.palvelupiste.kiosk.kiosk.StartChoice;
import fi.palvelupiste.kiosk.kiosk.StartChoiceProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** "Print a form" on the start screen, when at least one form is published. */
@Component
class FormsStartChoices implements StartChoiceProvider {

    /** After the queues (their services' own order) and sign-ups. */
    static final int ORDER = 120;

    private final FormPrinting printing;
    private final I18NProvider i18n;

    FormsStartChoices(FormPrinting printing, I18NProvider i18n) {
        this.printing = printing;
        this.i18n = i18n;
    }

    @Override
    public List<StartChoice> startChoices(Locale locale) {
        if (printing.publishedForms().isEmpty()) {
            return List.of();
        }
        return List.of(new StartChoice("forms", i18n.getTranslation("forms.start.label", locale),
                i18n.getTranslation("forms.start.hint", locale), ORDER,
                () -> UI.getCurrent().navigate(FormsView.class)));
    }
}
