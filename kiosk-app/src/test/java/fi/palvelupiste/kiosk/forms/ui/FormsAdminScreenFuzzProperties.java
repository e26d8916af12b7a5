package fi.palvelupiste.kiosk.forms.ui;

import com.vaadin.flow.component.html.ListItem;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.SpringProperties;
import fi.palvelupiste.kiosk.forms.FormLibrary;
import fi.palvelupiste.kiosk.forms.FormSummary;
import fi.palvelupiste.kiosk.forms.FormText;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.kiosk.ui.ScreenProperties;
import fi.palvelupiste.kiosk.security.Role;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz of the forms editor at /admin/forms as the browser sends it: any text into the title, description and
 * markup of each language (the live preview redrawn on every change), then Save draft or Publish. Each try is rolled
 * back. The editor never fails; a form is saved with the texts as typed, or the problems are listed, translated.
 */
@KioskTest
class FormsAdminScreenFuzzProperties extends ScreenProperties {

    @Autowired
    FormLibrary library;

    @Override
    protected void logIn() {
        SpringProperties.logIn("fuzz-editor", Role.STAFF);
    }

    @Property(tries = 150)
    void any_texts_in_the_forms_editor_are_saved_as_typed_or_their_problems_listed(
            @ForAll("texts") List<String> texts, @ForAll boolean publish) {
        rolledBack(() -> {
            FormsAdminView view = navigate(FormsAdminView.class);
            Set<UUID> before = library.summaries().stream().map(FormSummary::publicId).collect(Collectors.toSet());
            test(view.create).click();
            for (Language language : Language.writtenTexts()) {
                int at = language.ordinal() * 3;
                view.form.title.field(language).setValue(texts.get(at));
                view.form.description.field(language).setValue(texts.get(at + 1));
                view.form.content.field(language).setValue(texts.get(at + 2));
                view.form.languages.setSelectedIndex(language.ordinal());
            }
            test(publish ? view.form.publish : view.form.save).click();
            assertScreenTranslated();
            List<FormSummary> created = library.summaries().stream().filter(s -> !before.contains(s.publicId())).toList();
            List<ListItem> problems = $(ListItem.class).from(view.form.problems).all();
            assertThat(created.isEmpty()).as("nothing saved exactly when problems are listed")
                    .isEqualTo(!problems.isEmpty());
            problems.forEach(problem -> FuzzChecks.assertTranslated(problem.getText()));
            if (!created.isEmpty()) {
                for (Language language : Language.writtenTexts()) {
                    FormText stored = library.newestVersion(created.getFirst().publicId()).orElseThrow().texts()
                            .writtenIn(language);
                    assertThat(stored.title()).isEqualTo(texts.get(language.ordinal() * 3).strip());
                    assertThat(stored.description()).isEqualTo(texts.get(language.ordinal() * 3 + 1).strip());
                }
            }
        });
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.oneOf(FuzzText.plain(1, 40), FuzzText.anyText()).list()
                .ofSize(3 * Language.writtenTexts().size());
    }
}
