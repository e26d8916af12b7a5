package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KioskTest
class FormLibraryTest {

    @Autowired
    FormLibrary library;
    @Autowired
    FormPrinting printing;

    @Test
    void a_new_form_is_a_draft_that_residents_do_not_see_until_it_is_published() {
        UUID form = library.create(content("Kerhon ilmoitus", "# KERHO\nTiistaisin klo 10."), Actor.staff("tester"));

        assertThat(printing.published(form)).isEmpty();
        assertThat(library.newestVersion(form).orElseThrow()).satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.status()).isEqualTo(FormStatus.DRAFT);
            assertThat(version.editedBy()).isEqualTo("tester");
            assertThat(version.siteId()).isEqualTo("local");
        });

        FormVersion published = library.publish(form, content("Kerhon ilmoitus", "# KERHO\nTiistaisin klo 10."), Actor.staff("maija"));

        assertThat(published.status()).isEqualTo(FormStatus.PUBLISHED);
        assertThat(published.number()).isEqualTo(1);
        assertThat(published.editedBy()).isEqualTo("maija");
        assertThat(printing.published(form)).isPresent();
    }

    @Test
    void a_draft_after_publishing_leaves_residents_printing_the_published_version_until_it_is_published() {
        UUID form = library.create(content("Aukioloajat", "Avoinna ma-pe."), Actor.staff("tester"));
        library.publish(form, content("Aukioloajat", "Avoinna ma-pe."), Actor.staff("tester"));

        FormVersion draft = library.saveDraft(form, content("Aukioloajat", "Avoinna ma-la."), Actor.staff("tester"));

        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.status()).isEqualTo(FormStatus.DRAFT);
        assertThat(printing.published(form).orElseThrow().text(Language.FI).markup()).isEqualTo("Avoinna ma-pe.");
        assertThat(library.saveDraft(form, content("Aukioloajat", "Avoinna ma-su."), Actor.staff("tester")).number())
                .as("the same draft is saved again").isEqualTo(2);

        library.publish(form, content("Aukioloajat", "Avoinna ma-su."), Actor.staff("tester"));

        assertThat(printing.published(form).orElseThrow().text(Language.FI).markup()).isEqualTo("Avoinna ma-su.");
        assertThat(library.versions(form)).extracting(FormVersion::number, FormVersion::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, FormStatus.PUBLISHED),
                org.assertj.core.groups.Tuple.tuple(1, FormStatus.RETIRED));
    }

    @Test
    void unknown_markup_is_refused_on_save_with_the_language_and_line() {
        FormTexts bad = texts("Lomake", "Hyvä\n#Huono").with(Language.SV, new FormText("Blankett", "", "[x] fel"));

        assertThatThrownBy(() -> library.create(FormContent.of(bad), Actor.staff("tester"))).isInstanceOfSatisfying(FormRejectedException.class,
                rejected -> assertThat(rejected.problems()).extracting(FormProblem::language, FormProblem::line,
                        FormProblem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Language.FI, 2, "forms.problem.heading"),
                        org.assertj.core.groups.Tuple.tuple(Language.SV, 1, "forms.problem.check-box"),
                        org.assertj.core.groups.Tuple.tuple(Language.EN, 2, "forms.problem.heading")));
    }

    @Test
    void publishing_needs_all_three_languages_and_no_blanks_left() {
        UUID form = library.create(FormContent.of(FormTexts.EMPTY.with(Language.FI,
                new FormText("Vain suomeksi", "", "Puh. <<numero>>"))), Actor.staff("tester"));

        assertThatThrownBy(() -> library.publish(form, library.newestVersion(form).orElseThrow().content(), Actor.staff("tester")))
                .isInstanceOfSatisfying(FormRejectedException.class, rejected ->
                        assertThat(rejected.problems()).extracting(FormProblem::messageKey)
                                .contains("forms.problem.placeholder", "forms.problem.title-missing",
                                        "forms.problem.empty"));
        assertThat(printing.published(form)).isEmpty();
    }

    @Test
    void a_form_over_the_byte_budget_is_refused() {
        String long_ = "Pitkä rivi, joka toistuu monta kertaa ja vie paperia. ".repeat(80);

        assertThat(library.check(content("Pitkä", long_), FormMarkup.Mode.DRAFT))
                .extracting(FormProblem::messageKey).containsOnly("forms.problem.too-long");
    }

    @Test
    void a_form_printed_with_finnish_fits_the_budget_as_each_languages_resident_gets_it() {
        String half = "# PITKÄ\n" + "Rivi, joka vie paperia.\n".repeat(60);
        FormTexts texts = texts("Pitkä", half);

        assertThat(library.check(FormContent.of(texts), FormMarkup.Mode.PUBLISH)).as("each language alone").isEmpty();
        assertThat(library.check(new FormContent(texts, true), FormMarkup.Mode.PUBLISH))
                .extracting(FormProblem::language, FormProblem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Language.SV, "forms.problem.too-long-with-finnish"),
                        org.assertj.core.groups.Tuple.tuple(Language.EN, "forms.problem.too-long-with-finnish"));
        UUID form = library.create(FormContent.of(texts), Actor.staff("tester"));
        assertThatThrownBy(() -> library.publish(form, new FormContent(texts, true), Actor.staff("tester")))
                .isInstanceOf(FormRejectedException.class);
        assertThat(printing.published(form)).isEmpty();
    }

    @Test
    void whether_a_version_prints_with_finnish_is_saved_with_it_and_a_change_of_it_alone_is_a_new_version() {
        FormTexts texts = texts("Kahdella kielellä", "# OHJE\nTule ajoissa.");
        UUID form = library.create(new FormContent(texts, true), Actor.staff("tester"));
        assertThat(library.newestVersion(form).orElseThrow().printWithFinnish()).isTrue();
        assertThat(library.publish(form, new FormContent(texts, true), Actor.staff("tester")).number()).isEqualTo(1);

        FormVersion alone = library.publish(form, FormContent.of(texts), Actor.staff("tester"));

        assertThat(alone.number()).isEqualTo(2);
        assertThat(printing.published(form).orElseThrow().version().printWithFinnish()).isFalse();
    }

    @Test
    void the_seeded_forms_printed_with_finnish_pass_the_publish_check_with_each_of_their_eight_languages() {
        for (UUID seeded : List.of(SeededForms.POWER_OF_ATTORNEY, SeededForms.POLICE_CHECKLIST)) {
            FormVersion version = printing.published(seeded).orElseThrow().version();

            assertThat(version.printWithFinnish()).isTrue();
            assertThat(Language.writtenTexts()).allSatisfy(language ->
                    assertThat(version.texts().translation(language).isPresent()).isEqualTo(language != Language.FI));
            assertThat(library.check(version.content(), FormMarkup.Mode.PUBLISH)).as(seeded.toString()).isEmpty();
        }
    }

    private static FormContent content(String title, String markup) {
        return FormContent.of(texts(title, markup));
    }

    private static FormTexts texts(String title, String markup) {
        return FormTexts.EMPTY.with(Language.FI, new FormText(title, "Kuvaus", markup))
                .with(Language.SV, new FormText(title + " sv", "", markup))
                .with(Language.EN, new FormText(title + " en", "", markup));
    }

    @Test
    void a_form_written_in_every_language_is_stored_and_printed_in_each() {
        FormTexts texts = FormTexts.EMPTY;
        for (Language language : Language.writtenTexts()) {
            texts = texts.with(language, new FormText("Kerho " + language.code(), "Kuvaus " + language.code(),
                    "# KERHO " + language.code().toUpperCase(java.util.Locale.ROOT) + "\nTiistaisin klo 10."));
        }
        UUID form = library.create(FormContent.of(texts), Actor.staff("tester"));
        assertThat(library.newestVersion(form).orElseThrow().texts()).isEqualTo(texts);

        library.publish(form, FormContent.of(texts), Actor.staff("tester"));

        for (Language language : Language.writtenTexts()) {
            assertThat(printing.published(form).orElseThrow().text(language).title())
                    .isEqualTo("Kerho " + language.code());
        }
    }

    @Test
    void a_form_missing_in_a_language_prints_in_english_and_then_finnish_and_a_half_written_one_is_not_published() {
        UUID form = library.create(content("Kerho", "# KERHO"), Actor.staff("tester"));
        library.publish(form, content("Kerho", "# KERHO"), Actor.staff("tester"));

        assertThat(printing.published(form).orElseThrow().text(Language.UK).title()).isEqualTo("Kerho en");
        assertThat(printing.published(form).orElseThrow().fallsBackFor(Language.UK)).isTrue();
        assertThat(printing.published(form).orElseThrow().fallsBackFor(Language.SV)).isFalse();
        FormTexts titleOnly = texts("Kerho", "# KERHO").with(Language.SO, new FormText("Naadiga", "", ""));
        assertThatThrownBy(() -> library.publish(form, FormContent.of(titleOnly), Actor.staff("tester")))
                .isInstanceOfSatisfying(FormRejectedException.class, rejected -> assertThat(rejected.problems())
                        .extracting(FormProblem::language).containsOnly(Language.SO));
    }
}
