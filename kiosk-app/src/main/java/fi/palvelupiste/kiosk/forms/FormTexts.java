package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.i18n.Language;

import java.util.Objects;
import java.util.Optional;

/** A form's Finnish, Swedish and English versions. */
public record FormTexts(FormText fi, FormText sv, FormText en) {

    public FormTexts {
        Objects.requireNonNull(fi, "fi");
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }

    /** The version in one language; a language forms are not written in gets the English one. */
    public FormText in(Language language) {
        return switch (language.writtenFallback()) {
            case SV -> sv;
            case EN -> en;
            default -> fi;
        };
    }

    /**
     * The text written in exactly this language, not one it falls back to; empty for Finnish, the original, and
     * for a language whose text of the form is blank.
     */
    public Optional<FormText> translation(Language language) {
        Optional<FormText> own = switch (language) {
            case SV -> Optional.of(sv);
            case EN -> Optional.of(en);
            default -> Optional.empty();
        };
        return own.filter(text -> !text.markup().isBlank());
    }

    public FormTexts with(Language language, FormText text) {
        return new FormTexts(language == Language.FI ? text : fi, language == Language.SV ? text : sv,
                language == Language.EN ? text : en);
    }
}
