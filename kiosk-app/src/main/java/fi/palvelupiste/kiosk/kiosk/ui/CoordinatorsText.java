package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import fi.palvelupiste.kiosk.i18n.Hyphenation;
import fi.palvelupiste.kiosk.i18n.LocalizedText;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a coordinator wrote (an event's title, a service's name) as a resident screen shows it: in the resident's
 * language, or the next one along its fallbacks (Ukrainian → English → Finnish). The first time in a visit that a
 * screen shows one that fell back, the resident is told that some names come in another language
 * ({@code languages.fallback-note}), once, over the header.
 */
public final class CoordinatorsText {

    /** The visit the note was shown in, kept on the UI. */
    private record NoteShown(String visit) {
    }

    private CoordinatorsText() {
    }

    /** The text for a reader of {@code locale}; tells the resident on this screen if it fell back. */
    public static String shown(LocalizedText text, Locale locale) {
        if (text.fallsBackFor(locale)) {
            fellBack();
        }
        return text.get(locale);
    }

    /**
     * The same with soft hyphens in its long words, in the language it is written in (a Finnish title on a Somali
     * screen breaks at Finnish syllables), for a narrow column ({@link KioskText#forScreen}).
     */
    public static String forScreen(LocalizedText text, Locale locale) {
        String shown = shown(text, locale);
        return text.shownIn(locale).map(language -> Hyphenation.text(shown, language)).orElse(shown);
    }

    /** A coordinator's text on this screen fell back (a whole form, say): the resident is told, once a visit. */
    public static void fellBack() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            tellOnce(ui);
        }
    }

    /** Whether the note was shown in the visit going on (for tests). */
    static boolean noteShown(UI ui) {
        NoteShown shown = ComponentUtil.getData(ui, NoteShown.class);
        return shown != null && Objects.equals(shown.visit(), ResidentVisit.of(ui));
    }

    private static void tellOnce(UI ui) {
        if (noteShown(ui)) {
            return;
        }
        ComponentUtil.setData(ui, NoteShown.class, new NoteShown(ResidentVisit.of(ui)));
        // over the header, never over the screen's own buttons; a touch closes it
        Notification note = new Notification(ui.getTranslation("languages.fallback-note"), 5000,
                Notification.Position.TOP_CENTER);
        note.addClassName("kiosk-notification");
        note.setId("fallback-note");
        note.getElement().addEventListener("click", click -> note.close());
        note.open();
    }
}
