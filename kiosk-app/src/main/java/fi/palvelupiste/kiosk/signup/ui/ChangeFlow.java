package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.kiosk.ui.step.CodeAnswers;
import fi.palvelupiste.kiosk.kiosk.ui.step.ResidentFlow;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepCount;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepHistory;
import fi.palvelupiste.kiosk.resident.RideChoice;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.signup.RideTicket;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;

/**
 * "I have a reference code", as states and transitions without a screen: code → first letters of the surname →
 * the booking (and its ride) → cancel it (a question first) or move it to another time, or change its ride (stop → how
 * many travel → wheelchair place → summary) → done. A failed lookup goes back to the code with a kind word and
 * forgets the letters, so the next try starts clean.
 */
final class ChangeFlow implements ResidentFlow, Serializable {

    enum Step { CODE, SURNAME, BOOKING, CANCEL_QUESTION, MOVE, RIDE_STOP, RIDE_SEATS, RIDE_WHEELCHAIR, RIDE_SUMMARY, DONE }

    /** What the resident can do with what was found. */
    enum Action { CANCEL, CANCEL_RIDE, CHANGE_RIDE, MOVE, PRINT_PLACE_SLIP }

    private static final int COUNTED_STEPS = 3;

    private final StepHistory<Step> history = new StepHistory<>(Step.CODE);
    private final CodeAnswers answers = new CodeAnswers();
    private @Nullable Booking booking;
    private @Nullable RideTicket ride;
    /** The cancel question and the done screen are about the ride only. */
    private boolean rideOnly;
    private @Nullable Booked changed;
    private boolean cancelled;
    private @Nullable RideTicket rideCancelled;
    /** The print job of the slip of a place given from the waitlist, once asked for about the booking found. */
    private @Nullable Long placeSlipJob;
    /** The ride's new answers while it is changed. */
    private final RideChoice rideChoice = new RideChoice();
    private @Nullable RideTicket rideChanged;

    Step step() {
        return history.current();
    }

    /** The code and the letters typed, and why the last try found nothing. */
    CodeAnswers answers() {
        return answers;
    }

    void typeCode(String typed) {
        answers.typeCode(typed);
    }

    void typeSurname(String typed) {
        answers.typeSurname(typed);
    }

    /** A well-formed code was given (the screen checks its form). */
    void codeGiven() {
        history.go(Step.SURNAME);
    }

    /**
     * The code and letters found something.
     *
     * @param found the sign-up, or null for a ride booked on its own
     * @param rideFound the ride under the same code, or null for none
     */
    void found(@Nullable Booking found, @Nullable RideTicket rideFound) {
        booking = found;
        ride = rideFound;
        rideOnly = false;
        placeSlipJob = null;
        history.go(Step.BOOKING);
    }

    /** Nothing found, or too many tries: back to the code with the reason, the letters forgotten. */
    void notFound(String message) {
        answers.notFound(message);
        history.backTo(Step.CODE);
    }

    /** The slip of the place is printing; the booking stays on screen, with no second offer for it. */
    void placeSlipPrinted(long printJobId) {
        placeSlipJob = printJobId;
    }

    @Nullable Long placeSlipJob() {
        return placeSlipJob;
    }

    /** Cancel, change or cancel the ride, or move; the place slip is {@link #placeSlipPrinted} instead. */
    void choose(Action action) {
        rideOnly = action == Action.CANCEL_RIDE;
        if (action == Action.CHANGE_RIDE) {
            rideChoice.clear();
        }
        history.go(switch (action) {
            case MOVE -> Step.MOVE;
            case CHANGE_RIDE -> Step.RIDE_STOP;
            case CANCEL, CANCEL_RIDE -> Step.CANCEL_QUESTION;
            case PRINT_PLACE_SLIP -> throw new IllegalArgumentException("the place slip is printed, not a step");
        });
    }

    void chooseRideStop(RideStopChoice stop) {
        rideChoice.chooseStop(stop);
        history.go(Step.RIDE_SEATS);
    }

    void chooseRideTravellers(int travellers) {
        history.go(rideChoice.chooseTravellers(travellers) ? Step.RIDE_WHEELCHAIR : Step.RIDE_SUMMARY);
    }

    void chooseRideWheelchair(boolean needed) {
        rideChoice.chooseWheelchair(needed);
        history.go(Step.RIDE_SUMMARY);
    }

    void rideChanged(RideTicket ticket) {
        rideChanged = ticket;
        history.go(Step.DONE);
    }

    /** No room on the ride for the change: choose again from the stop, the booking as it was. */
    void rideFull() {
        history.backTo(Step.RIDE_STOP);
    }

    void cancelled(Booked booked) {
        changed = booked;
        cancelled = true;
        history.go(Step.DONE);
    }

    void moved(Booked booked) {
        changed = booked;
        cancelled = false;
        history.go(Step.DONE);
    }

    void rideCancelled(RideTicket ticket) {
        rideCancelled = ticket;
        history.go(Step.DONE);
    }

    /** The booking changed meanwhile (cancelled at the desk): show it as it is now. */
    void changedMeanwhile(@Nullable Booking now, @Nullable RideTicket rideNow) {
        booking = now;
        ride = rideNow;
        rideOnly = false;
        history.backTo(Step.BOOKING);
    }

    /** @return false at the first step: leave the flow */
    @Override
    public boolean back() {
        if (step() == Step.CANCEL_QUESTION) {
            rideOnly = false;
        }
        return history.back();
    }

    /** The reason the last lookup failed, once. */
    @Nullable String takeCodeMessage() {
        return answers.takeMessage();
    }

    String code() {
        return answers.code();
    }

    String surname() {
        return answers.surname();
    }

    @Nullable Booking booking() {
        return booking;
    }

    @Nullable RideTicket ride() {
        return ride;
    }

    boolean rideOnly() {
        return rideOnly;
    }

    @Nullable Booked changed() {
        return changed;
    }

    boolean wasCancelled() {
        return cancelled;
    }

    @Nullable RideTicket cancelledRide() {
        return rideCancelled;
    }

    RideChoice rideChoice() {
        return rideChoice;
    }

    /** The ride after its change, once it is changed. */
    @Nullable RideTicket changedRide() {
        return rideChanged;
    }

    @Override
    public boolean hasTypedText() {
        return answers.hasTypedText();
    }

    @Override
    public @Nullable StepCount stepCount() {
        return switch (step()) {
            case CODE -> new StepCount(1, COUNTED_STEPS);
            case SURNAME -> new StepCount(2, COUNTED_STEPS);
            case BOOKING -> new StepCount(3, COUNTED_STEPS);
            default -> null;
        };
    }
}
