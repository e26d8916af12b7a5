package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A form in the kiosk's languages: its title, description and markup, each written per language. A form is read
 * whole in one language: a reader whose language has no markup gets the form in the next language along
 * {@link Language#fallbacks()} that has (Ukrainian → English → Finnish), title and all.
 */
public record FormTexts(LocalizedText title, LocalizedText description, LocalizedText markup) {

    public static final FormTexts EMPTY = new FormTexts(LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY);

    public FormTexts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(markup, "markup");
    }

    /** The form as written in exactly this language; empty parts where it has none. */
    public FormText writtenIn(Language language) {
        return new FormText(title.in(language), description.in(language), markup.in(language));
    }

    /** The language a reader of {@code language} gets the form in: the first along its fallbacks with markup. */
    public Language shownIn(Language language) {
        return language.fallbacks().stream().filter(candidate -> !markup.in(candidate).isBlank()).findFirst()
                .orElse(Language.FI);
    }

    /** The form a reader of {@code language} gets ({@link #shownIn}). */
    public FormText in(Language language) {
        return writtenIn(shownIn(language));
    }

    /**
     * The form written in exactly this language, not one it falls back to; empty for Finnish, the original, and for a
     * language whose markup is blank.
     */
    public Optional<FormText> translation(Language language) {
        return language == Language.FI || markup.in(language).isBlank() ? Optional.empty()
                : Optional.of(writtenIn(language));
    }

    /** Whether a reader of {@code language} gets the form in another language. */
    public boolean fallsBackFor(Language language) {
        return shownIn(language) != language;
    }

    /** The same texts with one language's replaced. */
    public FormTexts with(Language language, FormText text) {
        return new FormTexts(title.with(language, text.title()), description.with(language, text.description()),
                markup.with(language, text.markup()));
    }

    /** Each language's parts changed: the title and description by {@code line}, the markup by {@code markupChange}. */
    public FormTexts map(UnaryOperator<String> line, UnaryOperator<String> markupChange) {
        return new FormTexts(title.map(line), description.map(line), markup.map(markupChange));
    }
}
