package fi.palvelupiste.kiosk.forms.ui;

import fi.palvelupiste.kiosk.forms.FormContent;
import fi.palvelupiste.kiosk.forms.FormText;
import fi.palvelupiste.kiosk.forms.FormTexts;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;

import java.util.EnumMap;
import java.util.Map;

/** A form's texts as the editor holds them, each in every language, and how it prints: the {@link FormEditor}'s bean. */
class EditedForm {

    private LocalizedText title = LocalizedText.EMPTY;
    private LocalizedText description = LocalizedText.EMPTY;
    private LocalizedText markup = LocalizedText.EMPTY;
    private boolean printWithFinnish;

    static EditedForm of(FormContent content) {
        FormTexts texts = content.texts();
        EditedForm form = new EditedForm();
        form.printWithFinnish = content.printWithFinnish();
        Map<Language, String> titles = new EnumMap<>(Language.class);
        Map<Language, String> descriptions = new EnumMap<>(Language.class);
        Map<Language, String> markups = new EnumMap<>(Language.class);
        for (Language language : Language.written()) {
            FormText text = texts.in(language);
            titles.put(language, text.title());
            descriptions.put(language, text.description());
            markups.put(language, text.markup());
        }
        form.title = new LocalizedText(titles);
        form.description = new LocalizedText(descriptions);
        form.markup = new LocalizedText(markups);
        return form;
    }

    FormContent toContent() {
        return new FormContent(new FormTexts(in(Language.FI), in(Language.SV), in(Language.EN)), printWithFinnish);
    }

    FormText in(Language language) {
        return new FormText(title.in(language), description.in(language), markup.in(language));
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
