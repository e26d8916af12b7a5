package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.i18n.Language;

import java.util.Objects;

/** A form's Finnish, Swedish and English versions. */
public record FormTexts(FormText fi, FormText sv, FormText en) {

    public FormTexts {
        Objects.requireNonNull(fi, "fi");
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }

    public FormText in(Language language) {
        return switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    public FormTexts with(Language language, FormText text) {
        return new FormTexts(language == Language.FI ? text : fi, language == Language.SV ? text : sv,
                language == Language.EN ? text : en);
    }
}
