package fi.palvelupiste.kiosk.kiosk.ui.step;

/** "Step 2 of 7" for the step bar. */
public record StepCount(int current, int total) {

    public StepCount {
        if (current < 1 || current > total) {
            throw new IllegalArgumentException("step " + current + " of " + total);
        }
    }
}
