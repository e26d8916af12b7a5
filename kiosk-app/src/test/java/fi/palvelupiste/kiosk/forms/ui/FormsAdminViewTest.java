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

    @Test
    void the_power_of_attorney_prints_with_finnish_and_its_swedish_preview_pairs_the_lines() {
        FormsAdminView view = navigate(FormsAdminView.class);
        library.summaries().stream().filter(s -> s.publicId().equals(SeededForms.POWER_OF_ATTORNEY)).findFirst()
                .ifPresent(view.forms::select);
        assertThat(view.form.printWithFinnish.getValue()).isTrue();
        assertThat(view.paperLanguages.isVisible()).as("Finnish is printed alone").isFalse();
        int finnishBytes = bytes(view);

        view.form.languages.setSelectedIndex(1);

        assertThat(view.paperLanguages.getText()).isEqualTo("Paperilla suomi ja ruotsi rivi riviltä.");
        assertThat(bytes(view)).as("the Swedish resident's slip holds the Finnish too").isGreaterThan(finnishBytes);
        view.form.languages.setSelectedIndex(Language.writtenTexts().indexOf(Language.UK));
        assertThat(view.paperLanguages.getText()).isEqualTo("Paperilla suomi ja ukraina rivi riviltä.");
        view.form.languages.setSelectedIndex(1);
        view.form.printWithFinnish.setValue(false);
        assertThat(view.paperLanguages.isVisible()).isFalse();
        assertThat(bytes(view)).isLessThan(finnishBytes + 200);
    }

    @Test
    void a_translation_whose_lines_do_not_pair_is_previewed_whole_before_the_finnish_and_still_publishes() {
        FormsAdminView view = navigate(FormsAdminView.class);
        test(view.create).click();
        String title = "Kerho " + UUID.randomUUID().toString().substring(0, 6);
        for (Language language : Language.staffPages()) {
            view.form.title.field(language).setValue(title);
            view.form.content.field(language).setValue("# KERHO\nTiistaisin\n[ ] mukaan");
        }
        view.form.content.field(Language.EN).setValue("# CLUB\nOn Tuesdays\nat ten\n[ ] coming");
        view.form.printWithFinnish.setValue(true);

        view.form.languages.setSelectedIndex(2);

        assertThat(view.paperLanguages.getText()).isEqualTo("Kieli englanti ei vastaa suomea rivi riviltä (rivejä "
                + "on eri määrä tai eri lajia), joten paperille tulostuu ensin koko lomake kielellä englanti ja sen "
                + "jälkeen suomeksi.");
        test(view.form.publish).click();
        assertThat(view.form.problems.getChildren()).isEmpty();
        assertThat(printing.publishedForms()).anySatisfy(form -> {
            assertThat(form.text(Language.FI).title()).isEqualTo(title);
            assertThat(form.version().printWithFinnish()).isTrue();
        });
    }

    @Test
    void a_form_whose_slip_with_finnish_is_over_the_budget_is_not_published_and_says_in_which_language() {
        FormsAdminView view = navigate(FormsAdminView.class);
        test(view.create).click();
        String half = "Rivi, joka vie paperia.\n".repeat(60);
        for (Language language : Language.staffPages()) {
            view.form.title.field(language).setValue("Pitkä " + language.code());
            view.form.content.field(language).setValue("# PITKÄ\n" + half);
        }
        view.form.printWithFinnish.setValue(true);

        test(view.form.publish).click();

        assertThat(view.form.problems.getElement().getTextRecursively())
                .contains("ruotsi: suomen kanssa tulostettuna lomake on ", "englanti: suomen kanssa tulostettuna");
        view.form.printWithFinnish.setValue(false);
        test(view.form.publish).click();
        assertThat(view.form.problems.getChildren()).as("each language alone fits").isEmpty();
    }

    private static int bytes(FormsAdminView view) {
        return Integer.parseInt(view.size.getText().substring(0, view.size.getText().indexOf(' ')));
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
