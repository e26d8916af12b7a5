package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.SerializableRunnable;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenKeyboard;

/**
 * The two questions of every "I have a reference code" screen, with the same words everywhere: the code on the
 * code keyboard (only a well-formed one goes on, else what to fix is said under it), then the first letters of the
 * surname.
 */
public final class CodeSteps {

    /** The first letters of a surname are enough; more would only be more to type. */
    public static final int SURNAME_TYPED_MAX = 20;

    private CodeSteps() {
    }

    /**
     * @param wellFormed whether the typed code has the form of a reference code
     * @param given      what "Next" does with a well-formed code
     */
    public static TextStep code(String id, CodeAnswers answers, int length, SerializablePredicate<String> wellFormed,
                                SerializableRunnable given) {
        TextStep step = new TextStep(id, "change.code.label", "change.code.instruction", OnScreenKeyboard.Layout.CODES,
                length, answers.code(), answers::typeCode);
        step.withHeading("change.code.heading");
        String message = answers.takeMessage();
        if (message != null) {
            step.setError(message);
        }
        step.addDoneListener(typed -> {
            if (!wellFormed.test(typed.value())) {
                step.setError(step.getTranslation("change.code.form", length));
                return;
            }
            given.run();
        });
        return step;
    }

    /** @param given what "Next" does with letters typed (the lookup) */
    public static TextStep surname(String id, CodeAnswers answers, SerializableRunnable given) {
        TextStep step = new TextStep(id, "change.surname.label", "change.surname.instruction",
                OnScreenKeyboard.Layout.NAMES, SURNAME_TYPED_MAX, answers.surname(), answers::typeSurname);
        step.withHeading("change.surname.heading");
        step.addDoneListener(typed -> {
            if (typed.value().isBlank()) {
                step.setError(step.getTranslation("change.surname.empty"));
                return;
            }
            given.run();
        });
        return step;
    }
}
