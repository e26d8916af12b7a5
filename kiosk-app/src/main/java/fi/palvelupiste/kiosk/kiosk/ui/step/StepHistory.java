package fi.palvelupiste.kiosk.kiosk.ui.step;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The steps a resident has gone through, newest on top: "Back" is always the screen she came from, whichever way
 * she came. Plain Java, so a flow's transitions are tested without a browser or a Spring context.
 *
 * @param <S> the flow's steps
 */
public final class StepHistory<S extends Enum<S>> implements Serializable {

    private final Deque<S> steps = new ArrayDeque<>();

    public StepHistory(S first) {
        steps.push(first);
    }

    public S current() {
        S current = steps.peek();
        if (current == null) {
            throw new IllegalStateException("a flow always has a step");
        }
        return current;
    }

    /** Goes on to the next step (staying on the same step changes nothing). */
    public void go(S next) {
        if (next != current()) {
            steps.push(next);
        }
    }

    /** @return false at the first step: the flow is left */
    public boolean back() {
        if (steps.size() <= 1) {
            return false;
        }
        steps.pop();
        return true;
    }

    /**
     * Returns to an earlier step (a time that filled up meanwhile sends the resident back to the times); a step
     * not gone through starts the history again from it.
     */
    public void backTo(S step) {
        while (steps.size() > 1 && current() != step) {
            steps.pop();
        }
        if (current() != step) {
            steps.clear();
            steps.push(step);
        }
    }

    /** Starts again with these steps behind the resident, the last one shown. */
    @SafeVarargs
    public final void restart(S... path) {
        steps.clear();
        for (S step : path) {
            steps.push(step);
        }
    }
}
