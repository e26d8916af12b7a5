package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.util.EnumMap;
import java.util.Map;

/**
 * One text that staff write in every language of the kiosk ({@link Language#writtenTexts()}): a field per language,
 * its value one {@link LocalizedText}, bound with a Binder like any field. A single line shows Finnish, Swedish and
 * English one under the other ("Nimi suomeksi", …) and the other languages in a collapsible part under them
 * ("Muut kielet", opened when one of them has a text), so the editors stay short; several lines show one tab per
 * language. Each language's field has the id {@code <id>-<language code>}. A new language in {@link Language} (and
 * its texts in {@code i18n_*.properties}) needs no change here or in any editor.
 */
public class LocalizedTextField extends CustomField<LocalizedText> {

    private final Map<Language, TextFieldBase<?, String>> fields = new EnumMap<>(Language.class);
    private final @Nullable TabSheet tabs;
    private final @Nullable Details otherLanguages;

    private LocalizedTextField(String id, String label, boolean severalLines) {
        super(LocalizedText.EMPTY);
        setId(id);
        addClassName("localized-text");
        tabs = severalLines ? new TabSheet() : null;
        Div rows = new Div();
        rows.addClassName("localized-text-rows");
        Div otherRows = new Div();
        otherRows.addClassName("localized-text-rows");
        for (Language language : Language.writtenTexts()) {
            TextFieldBase<?, String> field = severalLines ? new TextArea() : new TextField();
            field.setId(id + "-" + language.code());
            String labelInLanguage = getTranslation("language.text-in." + language.code(), label);
            // a change typed into one language is this field's change, also when set from the server
            field.addValueChangeListener(change -> updateValue());
            fields.put(language, field);
            if (tabs == null) {
                field.setLabel(labelInLanguage);
                (language.isStaffPage() ? rows : otherRows).add(field);
            } else {
                field.setAriaLabel(labelInLanguage);
                field.setWidthFull();
                tabs.add(getTranslation("language.name." + language.code()), field);
            }
        }
        if (tabs == null) {
            otherLanguages = new Details(getTranslation("language.other-languages"), otherRows);
            otherLanguages.setId(id + "-other-languages");
            add(rows, otherLanguages);
        } else {
            otherLanguages = null;
            setLabel(label);
            tabs.setId(id + "-languages");
            tabs.setWidthFull();
            add(tabs);
        }
        setWidthFull();
    }

    /** A one-line text (a name, a title): the languages one under the other, each labelled "… suomeksi". */
    public static LocalizedTextField singleLine(String id, String label) {
        return new LocalizedTextField(id, label, false);
    }

    /** A text of several lines (a description, a form's markup): one tab per language. */
    public static LocalizedTextField severalLines(String id, String label) {
        return new LocalizedTextField(id, label, true);
    }

    /** The field of one language, e.g. to set its value as a browser would or to style it. */
    public TextFieldBase<?, String> field(Language language) {
        return fields.get(language);
    }

    /** At most this many characters in each language (the browser stops typing there). */
    public void setMaxLength(int maxLength) {
        fields.values().forEach(field -> field.getElement().setProperty("maxlength", maxLength));
    }

    public void setValueChangeMode(ValueChangeMode mode) {
        fields.values().forEach(field -> field.setValueChangeMode(mode));
    }

    /** Marks the languages a text is required in (the Binder's validator says what is missing). */
    public void setRequiredIndicatorVisible(Language language, boolean visible) {
        fields.get(language).setRequiredIndicatorVisible(visible);
    }

    /** The collapsible part of a one-line text with the languages other than the staff pages'; empty for tabs. */
    public @Nullable Details otherLanguages() {
        return otherLanguages;
    }

    /** The tabs of a several-line text, one per language in {@link Language}'s order; empty for one line. */
    public @Nullable TabSheet tabs() {
        return tabs;
    }

    /** The language whose tab is open (Finnish for a one-line text). */
    public Language shownLanguage() {
        return tabs == null ? Language.FI : Language.writtenTexts().get(Math.max(0, tabs.getSelectedIndex()));
    }

    /** Tells when another language's tab is opened. */
    public Registration addShownLanguageListener(ComponentEventListener<TabSheet.SelectedChangeEvent> listener) {
        return tabs == null ? () -> { } : tabs.addSelectedChangeListener(listener);
    }

    @Override
    protected LocalizedText generateModelValue() {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        fields.forEach((language, field) -> texts.put(language, field.getValue()));
        return new LocalizedText(texts);
    }

    @Override
    protected void setPresentationValue(@Nullable LocalizedText value) {
        LocalizedText text = value == null ? LocalizedText.EMPTY : value;
        fields.forEach((language, field) -> field.setValue(text.in(language)));
        if (otherLanguages != null) {
            // what is written in the other languages shows; an empty part stays out of the way
            otherLanguages.setOpened(text.texts().keySet().stream().anyMatch(language -> !language.isStaffPage()));
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        fields.values().forEach(field -> field.setReadOnly(readOnly));
    }
}
