package fi.palvelupiste.kiosk.kiosk.ui.step;

import org.jspecify.annotations.Nullable;

/** What every resident flow tells its screen: where "Back" goes, what the step bar shows, what "Cancel" would lose. */
public interface ResidentFlow {

    /** Goes to the previous step; false at the first step, where "Back" leaves the flow. */
    boolean back();

    /** Where the resident is, for the step bar; null on screens outside the counted steps. */
    @Nullable StepCount stepCount();

    /** Whether leaving would throw away something the resident typed. */
    boolean hasTypedText();
}
