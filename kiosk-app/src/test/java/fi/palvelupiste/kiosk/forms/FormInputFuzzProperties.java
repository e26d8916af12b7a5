package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.audit.Actor;
import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.ServiceProperties;
import fi.palvelupiste.kiosk.i18n.Language;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fuzz of the forms editor through {@link FormLibrary} and {@link FormPrinting}: titles, descriptions and markup
 * in three languages, saved as a draft and published. Each try is rolled back. A form is saved exactly as the
 * editor typed it (spaces around titles dropped, line breaks as LF) within its columns and without control
 * characters, or refused with problems whose messages are translated; a published form prints in every language
 * without a stray control byte.
 */
@KioskTest
class FormInputFuzzProperties extends ServiceProperties {

    private static final String EDITOR = "fuzz-editor";

    @Autowired
    FormLibrary library;
    @Autowired
    FormPrinting printingForms;
    @Autowired
    I18NProvider i18n;

    @Property(tries = 600)
    void a_form_with_any_texts_is_saved_and_published_as_typed_or_refused_with_translated_problems(
            @ForAll("forms") FormContent typed) {
        rolledBack(() -> {
            UUID[] created = new UUID[1];
            FormRejectedException draftRefused = catchThrowableOfType(FormRejectedException.class,
                    () -> created[0] = library.create(typed, Actor.staff(EDITOR)));
            Statistics.collect(draftRefused != null ? "draft refused" : "draft saved");
            if (draftRefused != null) {
                assertTranslated(draftRefused.problems());
                return;
            }
            assertStoredAsTyped(library.newestVersion(created[0]).orElseThrow().content(), typed);
            FormRejectedException publishRefused = catchThrowableOfType(FormRejectedException.class,
                    () -> library.publish(created[0], typed, Actor.staff(EDITOR)));
            if (publishRefused != null) {
                assertTranslated(publishRefused.problems());
                return;
            }
            for (Language language : Language.values()) {
                assertPrintable(printingForms.print(created[0], language));
            }
        });
    }

    @Property(tries = 200)
    void the_editors_live_preview_of_any_text_answers_with_paper_or_problems(@ForAll("markup") String markup,
                                                                            @ForAll FormMarkup.Mode mode) {
        FormLibrary.Preview preview = library.preview(finnishOnly(markup), Language.FI, mode);
        assertThat(preview.png().isPresent() || !preview.problems().isEmpty()).isTrue();
        assertTranslated(preview.problems());
    }

    @Example
    void a_pasted_book_is_refused_by_the_live_preview_without_being_parsed() {
        FormLibrary.Preview preview = library.preview(finnishOnly("Lomake\n".repeat(15_000)), Language.FI,
                FormMarkup.Mode.DRAFT);
        assertThat(preview.png()).isEmpty();
        assertThat(preview.problems()).extracting(FormProblem::messageKey).containsExactly("forms.problem.text-long");
    }

    @Example
    void an_unpaired_surrogate_or_a_line_separator_in_a_title_is_refused() {
        for (String title : List.of("Valtakirja\uD800", "Valta\u2028kirja")) {
            FormTexts texts = FormTexts.EMPTY.with(Language.FI, new FormText(title, "", "Teksti"));
            assertThat(library.check(FormContent.of(texts), FormMarkup.Mode.DRAFT)).extracting(FormProblem::messageKey)
                    .contains("forms.problem.control-in-title");
        }
    }

    private static FormContent finnishOnly(String markup) {
        return FormContent.of(FormTexts.EMPTY.with(Language.FI, new FormText("Lomake", "", markup)));
    }

    private void assertStoredAsTyped(FormContent stored, FormContent typed) {
        assertThat(stored.printWithFinnish()).isEqualTo(typed.printWithFinnish());
        for (Language language : Language.writtenTexts()) {
            FormText in = typed.texts().writtenIn(language);
            FormText out = stored.texts().writtenIn(language);
            FuzzChecks.assertStored(out.title(), in.title().strip(),
                    columnLength("form_version", "title_" + language.code()), false);
            FuzzChecks.assertStored(out.description(), in.description().strip(),
                    columnLength("form_version", "description_" + language.code()), false);
            FuzzChecks.assertStored(out.markup(), in.markup().replace("\r\n", "\n").replace('\r', '\n').stripTrailing(),
                    columnLength("form_version", "content_" + language.code()), true);
        }
    }

    private void assertTranslated(List<FormProblem> problems) {
        for (FormProblem problem : problems) {
            assertThat(problem.messageKey()).startsWith("forms.problem.");
            for (Language language : Language.values()) {
                FuzzChecks.assertTranslated(i18n.getTranslation(problem.messageKey(), language.locale(),
                        problem.arguments().toArray()));
            }
        }
    }

    @Provide
    Arbitrary<FormContent> forms() {
        Arbitrary<String> titles = Arbitraries.frequencyOf(Tuple.of(60, FuzzText.plain(1, 40)),
                Tuple.of(40, FuzzText.anyText()));
        Arbitrary<String> descriptions = Arbitraries.frequencyOf(Tuple.of(70, FuzzText.plain(0, 40)),
                Tuple.of(30, FuzzText.anyText()));
        Arbitrary<FormText> text = Combinators.combine(titles, descriptions, markup()).as(FormText::new);
        // Finnish, Swedish, English and one of the optional languages, as typed, printed with Finnish or not
        Arbitrary<FormTexts> texts = Combinators.combine(text, text, text, text, Arbitraries.of(Language.UK,
                Language.RU, Language.AR, Language.SO, Language.ET)).as((fi, sv, en, other, language) -> FormTexts.EMPTY
                .with(Language.FI, fi).with(Language.SV, sv).with(Language.EN, en).with(language, other));
        return Combinators.combine(texts, Arbitraries.of(false, true)).as(FormContent::new);
    }

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.frequencyOf(Tuple.of(50, new FormMarkupProperties().editorTexts()),
                Tuple.of(30, FuzzText.plain(1, 200)), Tuple.of(20, FuzzText.anyText()));
    }
}
