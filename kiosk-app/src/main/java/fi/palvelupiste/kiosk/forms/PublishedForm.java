package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.i18n.Language;

import java.util.UUID;

/** A form as residents see it: its published version. */
public record PublishedForm(Form form, FormVersion version) {

    public UUID publicId() {
        return form.publicId();
    }

    public String code() {
        return form.code();
    }

    /** The form a reader of this language prints: theirs, or the next language along its fallbacks. */
    public FormText text(Language language) {
        return version.texts().in(language);
    }

    /** Whether a reader of this language gets the form in another one. */
    public boolean fallsBackFor(Language language) {
        return version.texts().fallsBackFor(language);
    }
}
