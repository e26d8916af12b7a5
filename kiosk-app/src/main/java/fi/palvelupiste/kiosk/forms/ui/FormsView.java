package fi.palvelupiste.kiosk.forms.ui;

import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.forms.FormPrinting;
import fi.palvelupiste.kiosk.forms.FormText;
import fi.palvelupiste.kiosk.forms.PublishedForm;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.PagedChoices;
import fi.palvelupiste.kiosk.kiosk.ui.KioskView;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;

import java.util.List;

/**
 * The published forms as big buttons, each with its title and one line about it, in the resident's language.
 * At most six choices on a screen: with more forms, five and a button to show the next ones.
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "forms", layout = KioskLayout.class)
class FormsView extends KioskView {

    /** UX.md: at most six choices on one screen. */
    static final int MAX_CHOICES = 6;

    private final FormPrinting printing;
    private int page;

    FormsView(FormPrinting printing) {
        this.printing = printing;
        addClassName("forms-view");
    }

    @Override
    protected String titleKey() {
        return "forms.list.title";
    }

    @Override
    protected void render() {
        heading.setText(getTranslation("forms.list.heading"));
        List<PublishedForm> forms = printing.publishedForms();
        Button back = new Button(getTranslation("forms.back"), click -> getUI().ifPresent(ui -> ui.navigate(StartView.class)));
        back.setId("forms-back");
        back.addClassNames("kiosk-button", "kiosk-button-secondary");
        if (forms.isEmpty()) {
            add(new Paragraph(getTranslation("forms.list.none")), back);
            return;
        }
        Paragraph instruction = new Paragraph(getTranslation("forms.list.instruction"));
        instruction.addClassName("kiosk-instruction");
        Div choices = new Div();
        choices.addClassName("start-choices");
        Language language = Language.of(getLocale());
        if (forms.size() <= MAX_CHOICES) {
            forms.forEach(form -> choices.add(choiceButton(form, language)));
        } else {
            int perPage = MAX_CHOICES - 1;
            int pages = (forms.size() + perPage - 1) / perPage;
            int from = (page % pages) * perPage;
            forms.subList(from, Math.min(forms.size(), from + perPage))
                    .forEach(form -> choices.add(choiceButton(form, language)));
            Button more = new Button(getTranslation("forms.list.more"), click -> {
                page = (page + 1) % pages;
                clearToHeading();
                render();
            });
            more.setId("forms-more");
            more.addClassNames("kiosk-button", "start-choice", "kiosk-button-secondary");
            choices.add(more);
        }
        add(instruction, choices, PagedChoices.pagedBy(choices, back));
    }

    private Button choiceButton(PublishedForm form, Language language) {
        FormText text = form.text(language);
        if (form.fallsBackFor(language)) {
            CoordinatorsText.fellBack();
        }
        Button button = KioskText.bigChoice("form-choice-" + form.code(), text.title(), text.description(),
                "start-choice-label");
        button.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(FormPreviewView.class,
                new RouteParameters(FormPreviewView.FORM_PARAMETER, form.publicId().toString()))));
        return button;
    }
}
