package fi.palvelupiste.kiosk.photoday.ui;

import fi.palvelupiste.kiosk.kiosk.ui.step.CodeAnswers;
import fi.palvelupiste.kiosk.kiosk.ui.step.ResidentFlow;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepCount;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepHistory;
import fi.palvelupiste.kiosk.photoday.CheckIn;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;

/**
 * Checking in for the photo day, as states and transitions without a screen: the reference code → the first letters
 * of the surname → checked in (or why not). A failed lookup goes back to the code with a kind word and forgets the
 * letters, as changing a booking by code does.
 */
final class CheckInFlow implements ResidentFlow, Serializable {

    enum Step { CODE, SURNAME, DONE }

    private static final int COUNTED_STEPS = 2;

    private final StepHistory<Step> history = new StepHistory<>(Step.CODE);
    private final CodeAnswers answers = new CodeAnswers();
    private @Nullable CheckIn result;

    Step step() {
        return history.current();
    }

    /** The code and the letters typed, and why the last try found nothing. */
    CodeAnswers answers() {
        return answers;
    }

    /** A well-formed code was given (the screen checks its form). */
    void codeGiven() {
        history.go(Step.SURNAME);
    }

    /** The lookup answered with something to show: checked in, or why not (another day, no place, done already). */
    void answered(CheckIn answer) {
        result = answer;
        history.go(Step.DONE);
    }

    /** Nothing found, or too many tries: back to the code with the reason, the letters forgotten. */
    void notFound(String message) {
        answers.notFound(message);
        history.backTo(Step.CODE);
    }

    @Nullable CheckIn result() {
        return result;
    }

    @Override
    public boolean back() {
        return history.back();
    }

    @Override
    public boolean hasTypedText() {
        return step() != Step.DONE && answers.hasTypedText();
    }

    @Override
    public @Nullable StepCount stepCount() {
        return switch (step()) {
            case CODE -> new StepCount(1, COUNTED_STEPS);
            case SURNAME -> new StepCount(2, COUNTED_STEPS);
            case DONE -> null;
        };
    }
}
