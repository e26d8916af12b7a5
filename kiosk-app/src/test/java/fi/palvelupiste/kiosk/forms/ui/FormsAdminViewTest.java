package fi.palvelupiste.kiosk.forms.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.forms.FormLibrary;
import fi.palvelupiste.kiosk.forms.FormPrinting;
import fi.palvelupiste.kiosk.forms.FormSummary;
import fi.palvelupiste.kiosk.forms.SeededForms;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
@WithMockUser(username = "tester", roles = "STAFF")
class FormsAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    FormPrinting printing;
    @Autowired
    FormLibrary library;

    @Test
    void staff_see_every_form_with_its_published_version_and_a_preview_of_the_paper() {
        FormsAdminView view = navigate(FormsAdminView.class);

        Grid<FormSummary> grid = view.forms;
        FormSummary attorney = library.summaries().stream()
                .filter(s -> s.publicId().equals(SeededForms.POWER_OF_ATTORNEY)).findFirst().orElseThrow();
        int row = indexOf(grid, attorney.publicId());
        assertThat(test(grid).getCellText(row, 0)).isEqualTo("Valtakirja");
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("1");

        grid.select(attorney);

        assertThat(view.form.content.field(Language.FI).getValue()).startsWith("# VALTAKIRJA");
        assertThat($(Image.class).id("forms-preview-image").getAlt()).hasValue("Esikatselu: Valtakirja tulostettuna");
        assertThat(view.size.getText()).matches("\\d+ / 3000 tavua, noin \\d\\.\\d s tulostimen johdossa \\(9600 baudia\\)");
        view.form.languages.setSelectedIndex(2);
        assertThat($(Image.class).id("forms-preview-image").getAlt()).hasValue("Esikatselu: Power of attorney tulostettuna");
    }

    @Test
    void a_new_form_is_written_in_three_languages_previewed_and_published_for_residents() {
        FormsAdminView view = navigate(FormsAdminView.class);
        test(view.create).click();
        String title = "Aukioloajat " + UUID.randomUUID().toString().substring(0, 6);
        for (Language language : Language.staffPages()) {
            view.form.title.field(language).setValue(title);
            view.form.description.field(language).setValue("Kirjasto " + language.code());
            view.form.content.field(language).setValue("# AUKI\nma-pe klo 10-18\n[ ] lainat\n___ Nimi");
        }
        view.form.languages.setSelectedIndex(0);
        assertThat($(Image.class).id("forms-preview-image")).isNotNull();

        test(view.form.publish).click();

        assertThat(view.form.problems.getChildren()).isEmpty();
        assertThat(view.versionInfo.getText()).contains("Versio 1 (julkaistu)", "tester");
        assertThat(printing.publishedForms()).anySatisfy(form ->
                assertThat(form.text(Language.SV).title()).isEqualTo(title));
    }

    @Test
    void a_mistake_in_the_markup_is_shown_with_its_language_and_line_and_nothing_is_saved() {
        FormsAdminView view = navigate(FormsAdminView.class);
        test(view.create).click();
        int before = library.summaries().size();
        view.form.title.field(Language.FI).setValue("Virheellinen");
        view.form.content.field(Language.FI).setValue("Hyvä rivi");
        view.form.content.field(Language.SV).setValue("Rad\n[x] fel");

        test(view.form.save).click();

        assertThat(view.form.problems.getElement().getTextRecursively())
                .contains("ruotsi, rivi 2: valintaruutu kirjoitetaan näin: [ ] Teksti");
        assertThat(library.summaries()).hasSize(before);
    }

    @Test
    void the_support_sheet_template_cannot_be_published_until_its_blanks_are_filled() {
        FormsAdminView view = navigate(FormsAdminView.class);
        library.summaries().stream().filter(s -> s.publicId().equals(SeededForms.DIGITAL_SUPPORT)).findFirst()
                .ifPresent(view.forms::select);
        assertThat(view.form.content.field(Language.FI).getValue()).contains("<<");

        test(view.form.publish).click();

        assertThat(view.form.problems.getElement().getTextRecursively())
                .contains("suomi, rivi ", "täydennä tai poista kohta <<päivät ja kellonajat>> ennen julkaisemista.");
        assertThat(printing.published(SeededForms.DIGITAL_SUPPORT).orElseThrow().text(Language.FI).markup())
                .doesNotContain("<<");
    }

    private static int indexOf(Grid<FormSummary> grid, UUID formId) {
        var items = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).publicId().equals(formId)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + formId);
    }
}
