package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.ResidentVisit;
import fi.palvelupiste.kiosk.kiosk.ui.SlipPrintState;
import fi.palvelupiste.kiosk.kiosk.ui.StepFlowView;
import fi.palvelupiste.kiosk.kiosk.ui.step.ChoiceStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.CodeSteps;
import fi.palvelupiste.kiosk.kiosk.ui.step.ConfirmStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.FlowButtons;
import fi.palvelupiste.kiosk.kiosk.ui.step.RideSteps;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.resident.RideChoice;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.signup.CodeLookup;
import fi.palvelupiste.kiosk.signup.HubUnreachableException;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.ReferenceCode;
import fi.palvelupiste.kiosk.signup.ReferenceCodes;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.signup.SlotFullException;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * "I have a reference code" ({@link ChangeFlow} says which step): this view wires the flow to the step components
 * and the sign-up service. A slip confirms the change. Wrong codes are slowed down for this resident's visit and,
 * when there are many, for the whole device (CodeAttemptGuard).
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "signup/change", layout = KioskLayout.class)
class ChangeBookingView extends StepFlowView<ChangeFlow> {

    private final SignupBooking signups;
    private final SignupChanges changes;
    private final ReferenceCodes codes;
    private final SignupTexts texts;
    private final PrintJobService printing;
    @Nullable SlipPrintState printState;

    ChangeBookingView(SignupBooking signups, SignupChanges changes, ReferenceCodes codes, SignupTexts texts,
                      PrintJobService printing) {
        super("change-message", new ChangeFlow());
        this.signups = signups;
        this.changes = changes;
        this.codes = codes;
        this.texts = texts;
        this.printing = printing;
        addClassName("signup-view");
    }

    @Override
    protected String titleKey() {
        return "change.title";
    }

    @Override
    protected void render() {
        switch (flow().step()) {
            case CODE -> code();
            case SURNAME -> surname();
            case BOOKING -> booking();
            case CANCEL_QUESTION -> cancelQuestion();
            case MOVE -> move();
            case RIDE_STOP -> rideStop();
            case RIDE_SEATS -> show(RideSteps.travellers())
                    .addDoneListener(n -> then(() -> flow().chooseRideTravellers(n.value())));
            case RIDE_WHEELCHAIR -> show(RideSteps.wheelchair())
                    .addDoneListener(yes -> then(() -> flow().chooseRideWheelchair(yes.value())));
            case RIDE_SUMMARY -> rideSummary();
            case DONE -> done();
        }
    }

    private void code() {
        show(CodeSteps.code("change-code", flow().answers(), ReferenceCode.LENGTH,
                typed -> ReferenceCode.isWellFormed(ReferenceCode.normalize(typed)), () -> then(flow()::codeGiven)));
    }

    private void surname() {
        show(CodeSteps.surname("change-surname", flow().answers(), this::lookUp));
    }

    void lookUp() {
        switch (codes.lookUp(ResidentVisit.of(UI.getCurrent()), ResidentVisit.device(UI.getCurrent()), flow().code(), flow().surname())) {
            case CodeLookup.Found found -> flow().found(found.booking(),
                    changes.ride(found.booking().signup().referenceCode(), getLocale()).orElse(null));
            case CodeLookup.RideFound found -> flow().found(null,
                    changes.ride(found.ride().referenceCode(), getLocale()).orElse(found.ride()));
            case CodeLookup.NotFound notFound -> flow().notFound(texts.lookupProblem(notFound, getLocale()));
            case CodeLookup.MadeElsewhere elsewhere -> flow().notFound(texts.lookupProblem(elsewhere, getLocale()));
            case CodeLookup.Wait wait -> flow().notFound(texts.lookupProblem(wait, getLocale()));
        }
        redraw();
    }

    private void booking() {
        Booking booking = flow().booking();
        boolean movable = booking != null && booking.movable() && signups.slots(booking.event().id()).stream()
                .anyMatch(s -> s.free() > 0 && s.id() != booking.slot().id());
        @Nullable Long placeSlipJob = flow().placeSlipJob();
        boolean placeSlip = booking != null && placeSlipJob == null && changes.placeSlipDue(booking);
        printState = placeSlipJob == null ? null : new SlipPrintState(printing,
                List.of(placeSlipJob), getTranslation("signup.not-printed", booking.signup().referenceCode()));
        show(new BookingStep(booking, flow().ride(), movable, placeSlip, printState, texts)).addDoneListener(action -> {
            if (action.value() == ChangeFlow.Action.PRINT_PLACE_SLIP) {
                printPlaceSlip(booking);
                return;
            }
            flow().choose(action.value());
            redraw();
        });
    }

    /** The slip of a place given from the waitlist; if it was printed meanwhile (another kiosk), the booking is shown again. */
    private void printPlaceSlip(Booking booking) {
        changes.printPlaceSlip(booking, getLocale()).ifPresentOrElse(
                printed -> flow().placeSlipPrinted(printed.printJobId()),
                () -> flow().changedMeanwhile(changes.again(booking).orElse(booking), flow().ride()));
        redraw();
    }

    private void cancelQuestion() {
        RideTicket ride = flow().ride();
        boolean rideOnly = flow().rideOnly() && ride != null;
        ConfirmStep step = ConfirmStep.question(rideOnly ? "change-ride-summary" : "change-booking",
                "change-cancel-keep", getTranslation(rideOnly ? "ride.change.cancel-no" : "change.cancel.no"),
                "change-cancel-confirm", getTranslation(rideOnly ? "ride.change.cancel-yes" : "change.cancel.yes"));
        step.withHeading(rideOnly ? "ride.change.cancel-heading" : "change.cancel.heading");
        if (rideOnly) {
            Paragraph what = new Paragraph(ride.summary());
            what.setId("change-ride");
            step.addToSummary(what);
        } else {
            step.addToSummary(BookingStep.lines(flow().booking(), texts, getLocale()).toArray(Paragraph[]::new));
        }
        show(step).addDoneListener(yes -> {
            try {
                if (rideOnly) {
                    flow().rideCancelled(changes.cancelRide(ride.referenceCode(), Actor.KIOSK, getLocale()));
                } else {
                    flow().cancelled(changes.cancel(flow().booking(), Actor.KIOSK, getLocale()));
                }
            } catch (HubUnreachableException unreachable) {
                stepMessage = getTranslation("change.hub-unreachable");
            } catch (NotChangeableException gone) {
                showAsItIsNow();
            }
            redraw();
        });
    }

    /** The booking and its ride changed meanwhile (at the desk): back to them as they are now. */
    private void showAsItIsNow() {
        RideTicket ride = flow().ride();
        Booking now = flow().booking() == null ? null : changes.again(flow().booking()).orElse(flow().booking());
        flow().changedMeanwhile(now, ride == null ? null : changes.ride(ride.referenceCode(), getLocale()).orElse(null));
    }

    /** The stops the ride can change to; its own places count as free. */
    private void rideStop() {
        List<RideStopChoice> stops = changes.rideChoices(flow().ride().referenceCode(), getLocale());
        if (stops.isEmpty()) {
            showAsItIsNow();
            redraw();
            return;
        }
        show(RideSteps.stop(stops)).addDoneListener(stop -> then(() -> flow().chooseRideStop(stop.value())));
    }

    private void rideSummary() {
        RideChoice choice = flow().rideChoice();
        ConfirmStep step = ConfirmStep.summary("change-ride-summary", "change-ride-confirm",
                getTranslation("ride.change.confirm"));
        step.withHeading("ride.summary.heading");
        step.line("ride.summary.stop", choice.stop() == null ? "" : choice.stop().label())
                .line("ride.summary.travellers", RideSteps.travellersInWords(choice, this::getTranslation));
        show(step).addDoneListener(yes -> {
            try {
                flow().rideChanged(changes.changeRide(flow().ride().referenceCode(), choice.request(), Actor.KIOSK,
                        getLocale()));
            } catch (RideFullException full) {
                stepMessage = getTranslation("ride.change.full");
                flow().rideFull();
            } catch (NotChangeableException gone) {
                showAsItIsNow();
            }
            redraw();
        });
    }

    private void move() {
        Booking booking = flow().booking();
        ChoiceStep<Slot> step = new ChoiceStep<Slot>(ChoiceStep.GRID).instruction("change.move.instruction");
        step.withHeading("change.move.heading");
        for (Slot s : signups.slots(booking.event().id())) {
            if (s.id() != booking.slot().id()) {
                int free = s.free();
                step.choice("change-slot-" + s.id(), texts.time(s.startsAt(), getLocale()), free == 0
                        ? getTranslation("signup.slot.full") : getTranslation("signup.slot.free", free), free > 0, s)
                        .addClassName("signup-slot");
            }
        }
        show(step).addDoneListener(chosen -> {
            try {
                flow().moved(changes.move(booking, chosen.value(), Actor.KIOSK, getLocale()));
            } catch (SlotFullException full) {
                stepMessage = getTranslation("signup.slot.just-filled");
            } catch (HubUnreachableException unreachable) {
                stepMessage = getTranslation("change.hub-unreachable");
            } catch (NotChangeableException gone) {
                flow().changedMeanwhile(changes.again(booking).orElse(booking), flow().ride());
            }
            redraw();
        });
    }

    private void done() {
        RideTicket changedRide = flow().changedRide();
        if (changedRide != null) {
            heading.setText(getTranslation("ride.change.changed"));
            Paragraph what = new Paragraph(changedRide.summary());
            what.setId("change-ride-done");
            what.addClassName("signup-what");
            printState = new SlipPrintState(printing, List.of(changedRide.printJobId()),
                    getTranslation("signup.not-printed", changedRide.referenceCode()));
            add(what, new Paragraph(getTranslation("change.done.same-code")),
                    KioskText.codeBox("signup-code", changedRide.referenceCode()), printState, FlowButtons.ready(true));
            return;
        }
        RideTicket ride = flow().cancelledRide();
        if (flow().rideOnly() && ride != null) {
            heading.setText(getTranslation("ride.change.done"));
            printState = new SlipPrintState(printing, List.of(ride.printJobId()),
                    getTranslation("change.not-printed-cancel", ride.referenceCode()));
            add(printState, FlowButtons.ready(true));
            return;
        }
        Booked changed = flow().changed();
        boolean cancelled = flow().wasCancelled();
        heading.setText(getTranslation(cancelled ? "change.done.cancelled" : "change.done.moved"));
        if (!cancelled) {
            Paragraph time = new Paragraph(getTranslation("change.done.new-time", texts.day(flow().booking().event().date(),
                    getLocale()), texts.slotTime(flow().booking().event(), changed.slot(), getLocale())));
            time.setId("change-new-time");
            time.addClassName("signup-what");
            add(time, new Paragraph(getTranslation("change.done.same-code")),
                    KioskText.codeBox("signup-code", changed.signup().referenceCode()));
        }
        printState = new SlipPrintState(printing, List.of(changed.printJobId()),
                getTranslation(cancelled ? "change.not-printed-cancel" : "signup.not-printed", changed.signup().referenceCode()));
        add(printState, FlowButtons.ready(true));
    }
}
