package fi.palvelupiste.kiosk.forms.ui;

import fi.palvelupiste.kiosk.forms.FormContent;
import fi.palvelupiste.kiosk.forms.FormText;
import fi.palvelupiste.kiosk.forms.FormTexts;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;

/** A form's texts as the editor holds them, each in every language, and how it prints: {@link FormEditor}'s bean. */
class EditedForm {

    private LocalizedText title = LocalizedText.EMPTY;
    private LocalizedText description = LocalizedText.EMPTY;
    private LocalizedText markup = LocalizedText.EMPTY;
    private boolean printWithFinnish;

    static EditedForm of(FormContent content) {
        FormTexts texts = content.texts();
        EditedForm form = new EditedForm();
        form.printWithFinnish = content.printWithFinnish();
        form.title = texts.title();
        form.description = texts.description();
        form.markup = texts.markup();
        return form;
    }

    FormContent toContent() {
        return new FormContent(toTexts(), printWithFinnish);
    }

    FormTexts toTexts() {
        return new FormTexts(title, description, markup);
    }

    /** The form as typed in one language. */
    FormText in(Language language) {
        return toTexts().writtenIn(language);
    }

    LocalizedText getTitle() { return title; }
    void setTitle(LocalizedText title) { this.title = title; }
    LocalizedText getDescription() { return description; }
    void setDescription(LocalizedText description) { this.description = description; }
    LocalizedText getMarkup() { return markup; }
    void setMarkup(LocalizedText markup) { this.markup = markup; }
    boolean isPrintWithFinnish() { return printWithFinnish; }
    void setPrintWithFinnish(boolean printWithFinnish) { this.printWithFinnish = printWithFinnish; }
}
