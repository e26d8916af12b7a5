package fi.palvelupiste.kiosk.forms.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.forms.FormProblem;
import fi.palvelupiste.kiosk.forms.FormText;
import fi.palvelupiste.kiosk.forms.FormContent;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.staff.ui.FormEvent;
import fi.palvelupiste.kiosk.staff.ui.LocalizedTextField;

import java.util.List;
import java.util.Objects;

/**
 * A printable form's texts as staff write them: title, description and the markup in every language, the markup
 * one tab per language, whether it prints with Finnish beside the resident's language, with the problems found in
 * them. Knows no service: "Save draft" fires {@link SaveEvent},
 * "Publish" {@link PublishEvent}, and opening another language's tab or changing its markup {@link ShownEvent},
 * so that the view can draw that language's paper. The markup's rules are {@code FormMarkup}'s, checked by the
 * library, which answers with {@link FormProblem}s in any language (shown here in the editor's).
 */
class FormEditor extends VerticalLayout {

    final LocalizedTextField title = LocalizedTextField.singleLine("forms-title",
            getTranslation("forms.admin.field-title"));
    final LocalizedTextField description = LocalizedTextField.singleLine("forms-description",
            getTranslation("forms.admin.field-description"));
    final LocalizedTextField content = LocalizedTextField.severalLines("forms-content",
            getTranslation("forms.admin.field-content"));
    /** The markup's tabs, one per language in {@link Language}'s order. */
    final TabSheet languages = Objects.requireNonNull(content.tabs());
    final Checkbox printWithFinnish = new Checkbox(getTranslation("forms.admin.print-with-finnish"));
    final Div problems = new Div();
    final Button save = new Button(getTranslation("forms.admin.save"));
    final Button publish = new Button(getTranslation("forms.admin.publish"));

    private final Binder<EditedForm> binder = new Binder<>(EditedForm.class);
    private boolean filling;

    FormEditor() {
        setPadding(false);
        addClassName("forms-editor");
        title.setMaxLength(80);
        description.setMaxLength(160);
        for (Language language : Language.writtenTexts()) {
            content.field(language).addClassName("forms-markup");
        }
        content.setValueChangeMode(ValueChangeMode.LAZY);
        content.addValueChangeListener(change -> {
            Language shown = content.shownLanguage();
            if (!filling && !change.getOldValue().in(shown).equals(change.getValue().in(shown))) {
                fireEvent(new ShownEvent(this));
            }
        });
        content.addShownLanguageListener(change -> fireEvent(new ShownEvent(this)));
        languages.setId("forms-languages");
        binder.bind(title, EditedForm::getTitle, EditedForm::setTitle);
        binder.bind(description, EditedForm::getDescription, EditedForm::setDescription);
        binder.bind(content, EditedForm::getMarkup, EditedForm::setMarkup);
        printWithFinnish.setId("forms-print-with-finnish");
        printWithFinnish.setHelperText(getTranslation("forms.admin.print-with-finnish-help"));
        printWithFinnish.addValueChangeListener(change -> {
            if (!filling) {
                fireEvent(new ShownEvent(this));
            }
        });
        binder.bind(printWithFinnish, EditedForm::isPrintWithFinnish, EditedForm::setPrintWithFinnish);

        problems.setId("forms-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.addClassName("forms-problems");
        save.setId("forms-save");
        save.addClickListener(click -> fireEvent(new SaveEvent(this, edited())));
        publish.setId("forms-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> fireEvent(new PublishEvent(this, edited())));
        add(title, description, content, printWithFinnish, problems, new HorizontalLayout(save, publish));
    }

    /** Shows a form's content (and no problems). */
    void edit(FormContent edited) {
        filling = true;
        try {
            binder.readBean(EditedForm.of(edited));
        } finally {
            filling = false;
        }
        problems.removeAll();
        fireEvent(new ShownEvent(this));
    }

    /** The content as typed and ticked. */
    FormContent edited() {
        EditedForm edited = new EditedForm();
        binder.writeBeanIfValid(edited);
        return edited.toContent();
    }

    /** The language whose markup tab is open, and its text. */
    Language shownLanguage() {
        return content.shownLanguage();
    }

    FormText shownText() {
        EditedForm edited = new EditedForm();
        binder.writeBeanIfValid(edited);
        return edited.in(shownLanguage());
    }

    void showProblems(List<FormProblem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        found.forEach(problem -> list.add(new ListItem(describe(problem))));
        problems.add(new Paragraph(getTranslation("forms.admin.problems")), list);
    }

    /** "Swedish, line 4: write a check box like this: [ ] Text" (MessageFormat patterns take at most two arguments). */
    String describe(FormProblem problem) {
        String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
        String where = problem.language() == null ? "" : getTranslation("language.name." + problem.language().code());
        return getTranslation("forms.problem.in-form",
                problem.line() > 0 ? getTranslation("forms.problem.line", where, problem.line()) : where, message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addPublishListener(ComponentEventListener<PublishEvent> listener) {
        return addListener(PublishEvent.class, listener);
    }

    Registration addShownListener(ComponentEventListener<ShownEvent> listener) {
        return addListener(ShownEvent.class, listener);
    }

    /** "Save draft" with the content as typed. */
    static final class SaveEvent extends FormEvent<FormEditor, FormContent> {

        SaveEvent(FormEditor source, FormContent value) {
            super(source, value);
        }
    }

    /** "Publish" with the content as typed. */
    static final class PublishEvent extends FormEvent<FormEditor, FormContent> {

        PublishEvent(FormEditor source, FormContent value) {
            super(source, value);
        }
    }

    /** The language shown, or its markup, changed: time to draw its paper again. */
    static final class ShownEvent extends ComponentEvent<FormEditor> {

        ShownEvent(FormEditor source) {
            super(source, false);
        }
    }
}
