package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one field for texts in every language, without Spring or a browser. */
class LocalizedTextFieldTest {

    /** A bean with one text, as an editor's draft has. */
    static class Draft {
        private LocalizedText name = LocalizedText.EMPTY;

        LocalizedText getName() {
            return name;
        }

        void setName(LocalizedText name) {
            this.name = name;
        }
    }

    @Test
    void there_is_one_field_per_language_of_the_kiosk_with_the_language_in_its_id() {
        LocalizedTextField line = LocalizedTextField.singleLine("ride-name", "Nimi");
        LocalizedTextField lines = LocalizedTextField.severalLines("event-description", "Kuvaus");

        for (Language language : Language.writtenTexts()) {
            assertThat(line.field(language)).isInstanceOf(TextField.class);
            assertThat(line.field(language).getId()).hasValue("ride-name-" + language.code());
            assertThat(lines.field(language)).isInstanceOf(TextArea.class);
            assertThat(lines.field(language).getId()).hasValue("event-description-" + language.code());
        }
        assertThat(line.tabs()).isNull();
        assertThat(lines.tabs()).isNotNull();
        assertThat(lines.tabs().getTabCount()).isEqualTo(8);
    }

    @Test
    void a_single_line_shows_the_staff_languages_and_keeps_the_other_five_in_a_part_that_opens_with_a_text() {
        LocalizedTextField line = LocalizedTextField.singleLine("ride-name", "Nimi");
        Details others = line.otherLanguages();

        assertThat(others.getId()).hasValue("ride-name-other-languages");
        for (Language language : Language.writtenTexts()) {
            boolean inside = java.util.stream.Stream.iterate(line.field(language).getElement(),
                    element -> element != null, com.vaadin.flow.dom.Element::getParent)
                    .anyMatch(others.getElement()::equals);
            assertThat(inside).as(language.code()).isEqualTo(!language.isStaffPage());
        }
        assertThat(others.isOpened()).as("closed while the other languages have nothing").isFalse();
        line.setValue(LocalizedText.of(Language.FI, "Kyyti").with(Language.SO, "Gaadiid"));
        assertThat(others.isOpened()).isTrue();
        assertThat(line.field(Language.SO).getValue()).isEqualTo("Gaadiid");
        assertThat(LocalizedTextField.severalLines("x", "y").otherLanguages()).as("tabs have every language")
                .isNull();
    }

    @Test
    void typing_in_one_language_changes_the_fields_value_once() {
        LocalizedTextField field = LocalizedTextField.singleLine("service-name", "Nimi");
        List<LocalizedText> changes = new ArrayList<>();
        field.addValueChangeListener(change -> changes.add(change.getValue()));

        field.field(Language.SV).setValue("Bankdag");

        assertThat(field.getValue()).isEqualTo(LocalizedText.EMPTY.with(Language.SV, "Bankdag"));
        assertThat(changes).containsExactly(LocalizedText.EMPTY.with(Language.SV, "Bankdag"));
    }

    @Test
    void a_value_set_on_the_field_shows_in_each_languages_field() {
        LocalizedTextField field = LocalizedTextField.severalLines("forms-content", "Teksti");

        field.setValue(LocalizedText.of(Language.FI, "# OHJE").with(Language.SV, "# ANVISNING")
                .with(Language.RU, "# ИНСТРУКЦИЯ"));

        assertThat(field.field(Language.FI).getValue()).isEqualTo("# OHJE");
        assertThat(field.field(Language.SV).getValue()).isEqualTo("# ANVISNING");
        assertThat(field.field(Language.EN).getValue()).isEmpty();
        assertThat(field.field(Language.RU).getValue()).isEqualTo("# ИНСТРУКЦИЯ");
        field.clear();
        assertThat(Language.writtenTexts().stream().map(l -> field.field(l).getValue())).containsOnly("");
        assertThat(field.isEmpty()).isTrue();
    }

    @Test
    void a_binder_reads_and_writes_the_text_and_says_what_is_missing() {
        LocalizedTextField field = LocalizedTextField.singleLine("event-title", "Nimi");
        Binder<Draft> binder = new Binder<>();
        binder.forField(field).withValidator(text -> !text.in(Language.FI).isBlank(), "Kirjoita nimi suomeksi.")
                .bind(Draft::getName, Draft::setName);
        Draft stored = new Draft();
        stored.setName(LocalizedText.of(Language.SV, "Passfoton"));

        binder.readBean(stored);
        assertThat(field.field(Language.SV).getValue()).isEqualTo("Passfoton");
        Draft edited = new Draft();
        assertThat(binder.writeBeanIfValid(edited)).isFalse();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Kirjoita nimi suomeksi.");

        field.field(Language.FI).setValue("Passikuvat");
        assertThat(binder.writeBeanIfValid(edited)).isTrue();
        assertThat(edited.getName()).isEqualTo(LocalizedText.of(Language.FI, "Passikuvat")
                .with(Language.SV, "Passfoton"));
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void the_shown_language_is_the_open_tab() {
        LocalizedTextField field = LocalizedTextField.severalLines("event-bring", "Ota mukaan");
        List<Language> shown = new ArrayList<>();
        field.addShownLanguageListener(change -> shown.add(field.shownLanguage()));

        field.tabs().setSelectedIndex(Language.EN.ordinal());
        field.tabs().setSelectedIndex(Language.ET.ordinal());

        assertThat(field.shownLanguage()).isEqualTo(Language.ET);
        assertThat(shown).containsExactly(Language.EN, Language.ET);
        assertThat(LocalizedTextField.singleLine("x", "y").shownLanguage()).isEqualTo(Language.FI);
    }
}
