package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.i18n.Language;

import java.util.List;

/**
 * Why a form's text cannot be saved or published, as a message key with its arguments, so the editor shows it in
 * the editor's own language.
 *
 * @param language   which language version the problem is in; null when it concerns the whole form
 * @param line       the line of the text (1 = first); 0 when it concerns the whole text
 * @param messageKey key in {@code i18n/forms_*.properties}
 * @param arguments  the message's arguments
 */
public record FormProblem(Language language, int line, String messageKey, List<Object> arguments) {

    public FormProblem {
        arguments = List.copyOf(arguments);
    }

    static FormProblem atLine(int line, String messageKey, Object... arguments) {
        return new FormProblem(null, line, messageKey, List.of(arguments));
    }

    FormProblem in(Language newLanguage) {
        return new FormProblem(newLanguage, line, messageKey, arguments);
    }
}
