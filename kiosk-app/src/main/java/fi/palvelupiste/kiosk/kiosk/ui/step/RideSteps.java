package fi.palvelupiste.kiosk.kiosk.ui.step;

import fi.palvelupiste.kiosk.resident.RideChoice;
import fi.palvelupiste.kiosk.resident.RideStopChoice;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The three questions of a ride, the same in a sign-up with its bus and in a ride booked on its own: where to get
 * on, how many travel, and (when the stop has one free) whether one of them needs a wheelchair place.
 */
public final class RideSteps {

    /** The most people one booking takes: the resident and one companion. */
    public static final int MAX_TRAVELLERS = 2;

    private RideSteps() {
    }

    /** The pickup stops; a stop with no place left is shown but cannot be chosen. */
    public static ChoiceStep<RideStopChoice> stop(List<RideStopChoice> stops) {
        ChoiceStep<RideStopChoice> step = new ChoiceStep<>(ChoiceStep.LIST);
        step.withHeading("ride.stop.heading");
        step.instruction("ride.stop.instruction");
        for (RideStopChoice choice : stops) {
            step.choice("ride-stop-" + choice.stopId(), choice.label(), choice.hint(), choice.open(), choice);
        }
        return step;
    }

    /** One or two travellers. */
    public static ChoiceStep<Integer> travellers() {
        ChoiceStep<Integer> step = new ChoiceStep<>(ChoiceStep.LIST);
        step.withHeading("ride.seats.heading");
        step.instruction("ride.seats.instruction");
        for (int n = 1; n <= MAX_TRAVELLERS; n++) {
            step.choice("ride-seats-" + n, step.getTranslation("ride.seats.option", n), "", true, n);
        }
        return step;
    }

    /** Whether one of the travellers needs the wheelchair place. */
    public static ChoiceStep<Boolean> wheelchair() {
        ChoiceStep<Boolean> step = ChoiceStep.yesNo("ride-wheelchair", "ride.wheelchair.instruction",
                "ride.wheelchair.yes", "ride.wheelchair.no");
        step.withHeading("ride.wheelchair.heading");
        return step;
    }

    /** "Me kaksi, pyörätuolipaikka": the answers on a summary ({@code translate} takes a key and its arguments). */
    public static String travellersInWords(RideChoice choice, BiFunction<String, Object[], String> translate) {
        return translate.apply("ride.seats.option", new Object[]{choice.travellers()})
                + (choice.wheelchair() ? ", " + translate.apply("ride.places.wheelchair", new Object[0]) : "");
    }
}
