package fi.palvelupiste.kiosk.i18n;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One text that coordinators write in each of the kiosk's languages (an event's title, a service's name), stored
 * as one column per language ({@link LocalizedColumns}). A language left empty falls back along
 * {@link Language#fallbacks()} where residents read it, as every resident-facing text does.
 *
 * @param texts the text per language; a language that is missing or empty has no text
 */
public record LocalizedText(Map<Language, String> texts) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        Map<Language, String> kept = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> {
            if (text != null && !text.isEmpty()) {
                kept.put(language, text);
            }
        });
        texts = Collections.unmodifiableMap(kept);
    }

    /** A text written in one language only. */
    public static LocalizedText of(Language language, String text) {
        return EMPTY.with(language, text);
    }

    /** The text as written in one language; empty if there is none. */
    public String in(Language language) {
        return texts.getOrDefault(language, "");
    }

    /** The text for a reader of {@code locale}: theirs, or the first one along its language's fallbacks. */
    public String get(@Nullable Locale locale) {
        return shownIn(locale).map(this::in).orElse("");
    }

    /** The language a reader of {@code locale} gets this text in; empty when it has none along the fallbacks. */
    public Optional<Language> shownIn(@Nullable Locale locale) {
        return Language.of(locale).fallbacks().stream().filter(language -> !in(language).isBlank()).findFirst();
    }

    /** Whether a reader of {@code locale} gets this text in another language than theirs. */
    public boolean fallsBackFor(@Nullable Locale locale) {
        return shownIn(locale).filter(language -> language != Language.of(locale)).isPresent();
    }

    /** The same texts with one language's replaced. */
    public LocalizedText with(Language language, @Nullable String text) {
        Map<Language, String> changed = new EnumMap<>(Language.class);
        changed.putAll(texts);
        if (text == null) {
            changed.remove(language);
        } else {
            changed.put(language, text);
        }
        return new LocalizedText(changed);
    }

    /** Each language's text changed the same way (cleaned, say). */
    public LocalizedText map(UnaryOperator<String> change) {
        Map<Language, String> changed = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> changed.put(language, change.apply(text)));
        return new LocalizedText(changed);
    }
}
