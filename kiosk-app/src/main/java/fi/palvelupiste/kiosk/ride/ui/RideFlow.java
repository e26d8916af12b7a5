package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.kiosk.ui.step.ResidentFlow;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepCount;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepHistory;
import fi.palvelupiste.kiosk.resident.PersonDraft;
import fi.palvelupiste.kiosk.resident.RideChoice;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.signup.RideTicket;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;

/**
 * Booking a ride on its own (a weekly asiointiliikenne ride), as states and transitions without a screen: ride →
 * stop → how many travel → wheelchair place (when the stop has one free) → name → phone → summary → done.
 */
final class RideFlow implements ResidentFlow, Serializable {

    enum Step { RIDE, STOP, SEATS, WHEELCHAIR, NAME, PHONE, SUMMARY, DONE }

    private final StepHistory<Step> history = new StepHistory<>(Step.RIDE);
    private @Nullable Ride ride;
    private final RideChoice choice = new RideChoice();
    private final PersonDraft traveller = new PersonDraft();
    private @Nullable RideTicket ticket;

    Step step() {
        return history.current();
    }

    void chooseRide(Ride chosen) {
        ride = chosen;
        choice.clear();
        history.go(Step.STOP);
    }

    void chooseStop(RideStopChoice stop) {
        choice.chooseStop(stop);
        history.go(Step.SEATS);
    }

    void chooseTravellers(int travellers) {
        history.go(choice.chooseTravellers(travellers) ? Step.WHEELCHAIR : Step.NAME);
    }

    void chooseWheelchair(boolean needed) {
        choice.chooseWheelchair(needed);
        history.go(Step.NAME);
    }

    void named() {
        history.go(Step.PHONE);
    }

    void phoned() {
        history.go(Step.SUMMARY);
    }

    void booked(RideTicket booked) {
        ticket = booked;
        history.go(Step.DONE);
    }

    /** The stop filled up while the resident was answering. */
    void full() {
        history.backTo(Step.STOP);
    }

    /** The ride closed for bookings meanwhile. */
    void closed() {
        history.backTo(Step.RIDE);
    }

    /** @return false at the first step: leave the flow */
    @Override
    public boolean back() {
        return history.back();
    }

    Ride ride() {
        if (ride == null) {
            throw new IllegalStateException("no ride chosen yet");
        }
        return ride;
    }

    RideChoice choice() {
        return choice;
    }

    PersonDraft traveller() {
        return traveller;
    }

    RideTicket ticket() {
        if (ticket == null) {
            throw new IllegalStateException("not booked yet");
        }
        return ticket;
    }

    @Override
    public boolean hasTypedText() {
        return traveller.hasTypedText();
    }

    /** Every step but the last counts, the wheelchair question too (it is skipped when no place is free). */
    @Override
    public @Nullable StepCount stepCount() {
        return step() == Step.DONE ? null : new StepCount(step().ordinal() + 1, Step.DONE.ordinal());
    }
}
