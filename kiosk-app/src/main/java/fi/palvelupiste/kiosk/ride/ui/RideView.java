package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.SlipPrintState;
import fi.palvelupiste.kiosk.kiosk.ui.StepFlowView;
import fi.palvelupiste.kiosk.kiosk.ui.step.ChoiceStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.ConfirmStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.FlowButtons;
import fi.palvelupiste.kiosk.kiosk.ui.step.NameStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.PhoneStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.RideSteps;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.resident.RideChoice;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Booking a ride on its own, one question per step ({@link RideFlow} says which): this view only wires the flow to
 * the step components and the ride service. Everything typed lives in this screen object only.
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "ride", layout = KioskLayout.class)
class RideView extends StepFlowView<RideFlow> {

    private final RideBookings rides;
    private final SignupTexts texts;
    private final PrintJobService printing;
    @Nullable SlipPrintState printState;

    RideView(RideBookings rides, SignupTexts texts, PrintJobService printing) {
        super("ride-message", new RideFlow());
        this.rides = rides;
        this.texts = texts;
        this.printing = printing;
        addClassNames("signup-view", "ride-view");
    }

    @Override
    protected String titleKey() {
        return "ride.title";
    }

    @Override
    protected void render() {
        switch (flow().step()) {
            case RIDE -> show(rides()).addDoneListener(chosen -> then(() -> flow().chooseRide(chosen.value())));
            case STOP -> show(RideSteps.stop(rides.choices(flow().ride().id(), getLocale())))
                    .addDoneListener(stop -> then(() -> flow().chooseStop(stop.value())));
            case SEATS -> show(RideSteps.travellers()).addDoneListener(n -> then(() -> flow().chooseTravellers(n.value())));
            case WHEELCHAIR -> show(RideSteps.wheelchair()).addDoneListener(yes -> then(() -> flow().chooseWheelchair(yes.value())));
            case NAME -> show(new NameStep(flow().traveller()).withHeading("signup.name.heading"))
                    .addDoneListener(done -> then(flow()::named));
            case PHONE -> show(new PhoneStep(flow().traveller(), "ride.phone.instruction").withHeading("signup.phone.heading"))
                    .addDoneListener(done -> then(flow()::phoned));
            case SUMMARY -> show(summary()).addDoneListener(yes -> confirm());
            case DONE -> done();
        }
    }

    private ChoiceStep<Ride> rides() {
        ChoiceStep<Ride> step = new ChoiceStep<>(ChoiceStep.LIST);
        List<Ride> open = rides.bookableStandalone();
        if (open.isEmpty()) {
            step.intro(new Paragraph(getTranslation("ride.choose.none")));
        }
        step.instruction("ride.choose.instruction");
        for (Ride r : open) {
            step.choice("ride-" + r.id(), CoordinatorsText.shown(r.name(), getLocale()), texts.day(r.date(), getLocale())
                    + (r.destination().isBlank() ? "" : " · " + r.destination()), true, r);
        }
        step.withHeading("ride.choose.heading");
        return step;
    }

    private ConfirmStep summary() {
        Ride ride = flow().ride();
        RideChoice choice = flow().choice();
        ConfirmStep step = ConfirmStep.summary("ride-summary", "ride-confirm", getTranslation("ride.summary.confirm"));
        step.withHeading("ride.summary.heading");
        step.line("ride.summary.ride", CoordinatorsText.shown(ride.name(), getLocale()) + ", " + texts.day(ride.date(), getLocale()))
                .line("ride.summary.stop", choice.stop() == null ? "" : choice.stop().label())
                .line("ride.summary.travellers", RideSteps.travellersInWords(choice, this::getTranslation))
                .person("signup.summary.you", flow().traveller(), null);
        step.note("ride-privacy", getTranslation("ride.summary.privacy"));
        return step;
    }

    void confirm() {
        try {
            flow().booked(rides.bookStandalone(flow().choice().request(), flow().traveller().toPerson(), getLocale()));
        } catch (RideFullException full) {
            stepMessage = getTranslation("ride.full");
            flow().full();
        } catch (NotChangeableException closed) {
            stepMessage = getTranslation("ride.closed");
            flow().closed();
        }
        redraw();
    }

    private void done() {
        RideTicket ticket = flow().ticket();
        heading.setText(getTranslation("ride.done.heading"));
        Paragraph what = new Paragraph(ticket.summary());
        what.setId("ride-done");
        what.addClassName("signup-what");
        printState = new SlipPrintState(printing, List.of(ticket.printJobId()),
                getTranslation("signup.not-printed", ticket.referenceCode()));
        add(new Paragraph(getTranslation("signup.done.code-is")), KioskText.codeBox("signup-code", ticket.referenceCode()),
                what, printState, FlowButtons.ready(true));
    }
}
