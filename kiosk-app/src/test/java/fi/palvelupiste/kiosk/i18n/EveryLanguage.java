package fi.palvelupiste.kiosk.i18n;

import java.util.EnumMap;
import java.util.Map;

/** Test texts written in every language a coordinator writes in, each telling its language apart. */
public final class EveryLanguage {

    private EveryLanguage() {
    }

    /** "Passikuvat (Українська)" and so on, one per {@link Language#writtenTexts() language}. */
    public static LocalizedText text(String text) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        Language.writtenTexts().forEach(language -> texts.put(language, text + " (" + language.ownName() + ")"));
        return new LocalizedText(texts);
    }
}
