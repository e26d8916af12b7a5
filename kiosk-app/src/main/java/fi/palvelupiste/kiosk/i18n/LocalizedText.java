package fi.palvelupiste.kiosk.i18n;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One text that staff write in each of the kiosk's languages (an event's title, a service's name). A language
 * left empty falls back along {@link Language#fallbacks()} where residents read it, as every resident-facing text
 * does.
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

    /** The texts of the three languages that the database has columns for. */
    public static LocalizedText of(@Nullable String fi, @Nullable String sv, @Nullable String en) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        put(texts, Language.FI, fi);
        put(texts, Language.SV, sv);
        put(texts, Language.EN, en);
        return new LocalizedText(texts);
    }

    /** The text as written in one language; empty if there is none. */
    public String in(Language language) {
        return texts.getOrDefault(language, "");
    }

    /** The text for a reader of {@code locale}: theirs, or the first one along its language's fallbacks. */
    public String get(@Nullable Locale locale) {
        for (Language language : Language.of(locale).fallbacks()) {
            if (!in(language).isBlank()) {
                return in(language);
            }
        }
        return "";
    }

    /** The same texts with one language's replaced. */
    public LocalizedText with(Language language, @Nullable String text) {
        Map<Language, String> changed = new EnumMap<>(Language.class);
        changed.putAll(texts);
        put(changed, language, text);
        return new LocalizedText(changed);
    }

    private static void put(Map<Language, String> texts, Language language, @Nullable String text) {
        if (text == null) {
            texts.remove(language);
        } else {
            texts.put(language, text);
        }
    }
}
