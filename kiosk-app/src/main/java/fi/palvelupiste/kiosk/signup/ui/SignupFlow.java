package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.kiosk.ui.step.ResidentFlow;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepCount;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepHistory;
import fi.palvelupiste.kiosk.resident.PersonDraft;
import fi.palvelupiste.kiosk.resident.RideChoice;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.Signup;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.Slot;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Signing up, as states and transitions without a screen: event → time (or the waitlist) → name → phone → needs
 * (help and a wheelchair place, then the interpreter's language, each when the event asks it) → ride (when the event has rides: stop, travellers, wheelchair place) → companion (name, phone, needs) → summary →
 * done, or "already signed up". The photo day's confirmation can go on to its linked bus with the same people:
 * time, then the summary. "Back" is the step the resident came from ({@link StepHistory}).
 */
final class SignupFlow implements ResidentFlow, Serializable {

    enum Step {
        EVENT, SLOT, NAME, PHONE, NEEDS, INTERPRETER, RIDE, RIDE_STOP, RIDE_SEATS, RIDE_WHEELCHAIR, COMPANION,
        COMPANION_NAME, COMPANION_PHONE, COMPANION_NEEDS, COMPANION_INTERPRETER, SUMMARY, DONE, ALREADY
    }

    private final StepHistory<Step> history = new StepHistory<>(Step.EVENT);
    private @Nullable SignupEvent event;
    private @Nullable Slot slot;
    private boolean waitlist;
    private final PersonDraft resident = new PersonDraft();
    private @Nullable PersonDraft companion;
    /** The people are already known (signing up for the linked trip after the photo day): skip to the summary. */
    private boolean peopleKnown;
    /** The event's ride stops when it was chosen; none: the ride question is not asked. */
    private List<RideStopChoice> rideStops = List.of();
    private boolean wantsRide;
    private final RideChoice ride = new RideChoice();
    private @Nullable Confirmation confirmation;
    private @Nullable Signup existing;
    private @Nullable Long reprintJob;

    Step step() {
        return history.current();
    }

    // ---- transitions --------------------------------------------------------------------------------------------

    void chooseEvent(SignupEvent chosen, List<RideStopChoice> stops) {
        event = chosen;
        slot = null;
        waitlist = false;
        rideStops = List.copyOf(stops);
        wantsRide = false;
        ride.clear();
        history.go(Step.SLOT);
    }

    void chooseSlot(Slot chosen) {
        slot = chosen;
        waitlist = false;
        history.go(peopleKnown ? (hasRides() ? Step.RIDE : Step.SUMMARY) : Step.NAME);
    }

    void joinWaitlist() {
        waitlist = true;
        slot = null;
        wantsRide = false;
        history.go(peopleKnown ? Step.SUMMARY : Step.NAME);
    }

    /** The name step is done (the resident's or the companion's). */
    void named() {
        history.go(step() == Step.NAME ? Step.PHONE : Step.COMPANION_PHONE);
    }

    void phoned() {
        boolean resident = step() == Step.PHONE;
        if (asksHelpOrWheelchair()) {
            history.go(resident ? Step.NEEDS : Step.COMPANION_NEEDS);
        } else {
            afterHelp(resident);
        }
    }

    /** Help and the wheelchair place are answered (the resident's or the companion's). */
    void needsGiven() {
        afterHelp(step() == Step.NEEDS);
    }

    /** The interpreter's language, or null for none (the resident's or the companion's). */
    void interpreterChosen(@Nullable String language) {
        subject().setInterpreterLanguage(language);
        history.go(step() == Step.INTERPRETER ? afterNeeds() : Step.SUMMARY);
    }

    void wantsRide(boolean yes) {
        wantsRide = yes;
        history.go(yes ? Step.RIDE_STOP : afterRide());
    }

    void rideStop(RideStopChoice stop) {
        ride.chooseStop(stop);
        history.go(Step.RIDE_SEATS);
    }

    void rideTravellers(int travellers) {
        history.go(ride.chooseTravellers(travellers) ? Step.RIDE_WHEELCHAIR : afterRide());
    }

    void rideWheelchair(boolean needed) {
        ride.chooseWheelchair(needed);
        history.go(afterRide());
    }

    void companion(boolean yes) {
        if (yes) {
            if (companion == null) {
                companion = new PersonDraft();
            }
            history.go(Step.COMPANION_NAME);
        } else {
            companion = null;
            history.go(Step.SUMMARY);
        }
    }

    void confirmed(Confirmation done) {
        confirmation = done;
        history.go(Step.DONE);
    }

    void alreadySignedUp(Signup signup) {
        existing = signup;
        history.go(Step.ALREADY);
    }

    void reprinted(long printJobId) {
        reprintJob = printJobId;
    }

    /** The time filled up while the resident was answering: back to the times. */
    void slotFilled() {
        history.backTo(Step.SLOT);
    }

    void rideFull() {
        history.backTo(Step.RIDE_STOP);
    }

    void closed() {
        history.backTo(Step.EVENT);
    }

    /** The photo day's confirmation offers its bus: same people, choose the departure, then the summary. */
    void startLinked(SignupEvent offer, List<RideStopChoice> stops) {
        peopleKnown = true;
        confirmation = null;
        history.restart(Step.EVENT);
        chooseEvent(offer, stops);
    }

    /** @return false at the first step: leave the flow */
    @Override
    public boolean back() {
        return history.back();
    }

    // ---- what the flow knows ------------------------------------------------------------------------------------

    SignupEvent event() {
        if (event == null) {
            throw new IllegalStateException("no event chosen yet");
        }
        return event;
    }

    @Nullable Slot slot() {
        return slot;
    }

    boolean waitlist() {
        return waitlist;
    }

    PersonDraft resident() {
        return resident;
    }

    @Nullable PersonDraft companion() {
        return companion;
    }

    /** The person the current name, phone or needs step is about. */
    PersonDraft subject() {
        return switch (step()) {
            case COMPANION_NAME, COMPANION_PHONE, COMPANION_NEEDS, COMPANION_INTERPRETER ->
                    companion == null ? resident : companion;
            default -> resident;
        };
    }

    boolean asksNeeds() {
        return event != null && event.kind().asksNeeds();
    }

    private boolean asksHelpOrWheelchair() {
        return event != null && (event.kind().asksApplicationHelp() || event.kind().asksWheelchair());
    }

    private boolean asksInterpreter() {
        return event != null && event.kind().asksInterpreter();
    }

    private void afterHelp(boolean resident) {
        if (asksInterpreter()) {
            history.go(resident ? Step.INTERPRETER : Step.COMPANION_INTERPRETER);
        } else {
            history.go(resident ? afterNeeds() : Step.SUMMARY);
        }
    }

    boolean hasRides() {
        return !waitlist && !rideStops.isEmpty();
    }

    RideChoice ride() {
        return ride;
    }

    /** The ride to book with the sign-up, or null when none was asked for. */
    @Nullable RideRequest rideRequest() {
        return wantsRide && ride.stop() != null && !waitlist ? ride.request() : null;
    }

    SignupRequest request(Locale locale) {
        Slot chosen = waitlist ? null : slot;
        return new SignupRequest(event().id(), chosen == null ? null : chosen.id(), resident.toPerson(),
                companion == null ? null : companion.toPerson(), locale);
    }

    @Nullable Confirmation confirmation() {
        return confirmation;
    }

    @Nullable Signup existing() {
        return existing;
    }

    @Nullable Long reprintJob() {
        return reprintJob;
    }

    boolean seats() {
        return event != null && event.kind().unit() == BookingUnit.SEATS;
    }

    @Override
    public boolean hasTypedText() {
        return resident.hasTypedText() || (companion != null && companion.hasTypedText());
    }

    /** The step bar counts the main steps: a companion's questions are part of the companion step, a ride's of the ride. */
    @Override
    public @Nullable StepCount stepCount() {
        List<Step> main = new ArrayList<>(List.of(Step.EVENT, Step.SLOT, Step.NAME, Step.PHONE));
        if (event == null || asksHelpOrWheelchair()) {
            main.add(Step.NEEDS);
        } else if (asksInterpreter()) {
            main.add(Step.INTERPRETER);
        }
        if (hasRides()) {
            main.add(Step.RIDE);
        }
        main.addAll(List.of(Step.COMPANION, Step.SUMMARY));
        Step shown = switch (step()) {
            case COMPANION_NAME, COMPANION_PHONE, COMPANION_NEEDS, COMPANION_INTERPRETER -> Step.COMPANION;
            case INTERPRETER -> asksHelpOrWheelchair() ? Step.NEEDS : Step.INTERPRETER;
            case RIDE_STOP, RIDE_SEATS, RIDE_WHEELCHAIR -> Step.RIDE;
            default -> step();
        };
        int index = main.indexOf(shown);
        return index < 0 ? null : new StepCount(index + 1, main.size());
    }

    private Step afterNeeds() {
        return hasRides() ? Step.RIDE : Step.COMPANION;
    }

    private Step afterRide() {
        return peopleKnown ? Step.SUMMARY : Step.COMPANION;
    }
}
