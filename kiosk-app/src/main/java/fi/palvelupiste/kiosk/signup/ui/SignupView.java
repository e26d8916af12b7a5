package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.StepFlowView;
import fi.palvelupiste.kiosk.kiosk.ui.step.ChoiceStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.ConfirmStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.NameStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.NeedsStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.PhoneStep;
import fi.palvelupiste.kiosk.kiosk.ui.step.RideSteps;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.kiosk.ui.SlipPrintState;
import fi.palvelupiste.kiosk.resident.PersonDraft;
import fi.palvelupiste.kiosk.signup.AlreadySignedUpException;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.EventKind;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.Signup;
import fi.palvelupiste.kiosk.signup.SignupClosedException;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.signup.SlotFullException;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Signing up at the kiosk, one question per step ({@link SignupFlow} says which): this view only wires the flow to
 * the step components and the sign-up service. Everything typed lives in this screen object only: the idle reset
 * (or cancel) navigates away and it is gone.
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "signup", layout = KioskLayout.class)
class SignupView extends StepFlowView<SignupFlow> {

    private final SignupBooking signups;
    private final SignupTexts texts;
    private final PrintJobService printing;
    @Nullable SlipPrintState printState;

    SignupView(SignupBooking signups, SignupTexts texts, PrintJobService printing) {
        super("signup-message", new SignupFlow());
        this.signups = signups;
        this.texts = texts;
        this.printing = printing;
        addClassName("signup-view");
    }

    @Override
    protected String titleKey() {
        return "signup.title";
    }

    @Override
    protected void render() {
        switch (flow().step()) {
            case EVENT -> show(events());
            case SLOT -> show(slots());
            case NAME, COMPANION_NAME -> show(new NameStep(flow().subject()).withHeading(flow().step() == SignupFlow.Step.NAME
                    ? "signup.name.heading" : "signup.companion.name-heading")).addDoneListener(done -> then(flow()::named));
            case PHONE, COMPANION_PHONE -> show(new PhoneStep(flow().subject(), "signup.phone.instruction")
                    .withHeading(flow().step() == SignupFlow.Step.PHONE ? "signup.phone.heading" : "signup.companion.phone-heading"))
                    .addDoneListener(done -> then(flow()::phoned));
            case NEEDS, COMPANION_NEEDS -> show(needs()).addDoneListener(done -> then(flow()::needsGiven));
            case INTERPRETER, COMPANION_INTERPRETER -> show(NeedsStep.interpreter(flow().subject(),
                    code -> texts.interpreter(code, getLocale())).withHeading(flow().step() == SignupFlow.Step.INTERPRETER
                    ? "signup.needs.interpreter" : "signup.companion.interpreter-heading"))
                    .addDoneListener(code -> then(() -> flow().interpreterChosen(code.value().isEmpty() ? null : code.value())));
            case RIDE -> show(ChoiceStep.yesNo("ride", "ride.question.instruction", "ride.question.yes", "ride.question.no")
                    .withHeading("ride.question.heading")).addDoneListener(yes -> then(() -> flow().wantsRide(yes.value())));
            case RIDE_STOP -> show(RideSteps.stop(signups.rideStops(flow().event().id(), getLocale())))
                    .addDoneListener(stop -> then(() -> flow().rideStop(stop.value())));
            case RIDE_SEATS -> show(RideSteps.travellers()).addDoneListener(n -> then(() -> flow().rideTravellers(n.value())));
            case RIDE_WHEELCHAIR -> show(RideSteps.wheelchair()).addDoneListener(yes -> then(() -> flow().rideWheelchair(yes.value())));
            case COMPANION -> show(companion()).addDoneListener(yes -> then(() -> flow().companion(yes.value())));
            case SUMMARY -> show(summary()).addDoneListener(yes -> confirm());
            case DONE -> done();
            case ALREADY -> already();
        }
    }

    // ---- steps --------------------------------------------------------------------------------------------------

    private ChoiceStep<SignupEvent> events() {
        ChoiceStep<SignupEvent> step = new ChoiceStep<>(ChoiceStep.LIST);
        List<SignupEvent> open = signups.openEvents();
        if (open.isEmpty()) {
            step.nothingToChoose("signup.event.none");
        } else {
            step.instruction("signup.event.instruction");
        }
        for (SignupEvent e : open) {
            int free = signups.slots(e.id()).stream().mapToInt(Slot::free).sum();
            step.choice("signup-event-" + e.id(), what(e, CoordinatorsText::forScreen), texts.day(e.date(), getLocale()) + " · " + e.place() + " · "
                    + (free > 0 ? getTranslation("signup.event.free", free) : getTranslation("signup.event.full")), true, e);
        }
        step.withHeading("signup.event.heading");
        step.addDoneListener(chosen -> then(() -> flow().chooseEvent(chosen.value(),
                signups.rideStops(chosen.value().id(), getLocale()))));
        return step;
    }

    private ChoiceStep<?> slots() {
        SignupEvent event = flow().event();
        boolean seats = event.kind().unit() == BookingUnit.SEATS;
        Paragraph what = new Paragraph(what(event) + " – " + texts.day(event.date(), getLocale()) + ", " + event.place());
        what.setId("signup-event-name");
        what.addClassName("signup-what");
        Paragraph description = new Paragraph(CoordinatorsText.shown(event.description(), getLocale()));
        description.setVisible(!description.getText().isBlank());
        List<Slot> slots = signups.slots(event.id());
        ChoiceStep<?> step;
        if (slots.stream().allMatch(s -> s.free() == 0)) {
            Paragraph full = KioskText.instruction(getTranslation("signup.slot.all-full"));
            full.setId("signup-full");
            ChoiceStep<Boolean> waitlist = new ChoiceStep<Boolean>(ChoiceStep.LIST).intro(what, description, full);
            waitlist.choice("signup-waitlist", getTranslation("signup.waitlist.join"), getTranslation("signup.waitlist.hint"),
                    true, true);
            waitlist.addDoneListener(join -> then(flow()::joinWaitlist));
            step = waitlist;
        } else {
            ChoiceStep<Slot> times = new ChoiceStep<Slot>(seats ? ChoiceStep.LIST : ChoiceStep.GRID).intro(what, description)
                    .instruction("signup.slot.instruction");
            for (Slot s : slots) {
                times.choice("signup-slot-" + s.id(), seats ? texts.slotTime(event, s, getLocale())
                        : texts.time(s.startsAt(), getLocale()), s.free() == 0 ? getTranslation("signup.slot.full")
                        : getTranslation("signup.slot.free", s.free()), s.free() > 0, s).addClassName("signup-slot");
            }
            times.addDoneListener(chosen -> then(() -> flow().chooseSlot(chosen.value())));
            step = times;
        }
        step.withHeading(seats ? "signup.slot.heading-seats" : "signup.slot.heading");
        // the event in one line above its times, on every kind of event (the trip's departures are a list)
        step.getElement().getClassList().add("signup-times");
        return step;
    }

    private ChoiceStep<Boolean> companion() {
        ChoiceStep<Boolean> step = ChoiceStep.yesNo("signup-companion", flow().seats()
                ? "signup.companion.instruction-seats" : "signup.companion.instruction", "signup.companion.yes",
                "signup.companion.no");
        step.withHeading("signup.companion.heading");
        // the 7" panel in large text leaves out the explanation (the summary repeats what the companion gets)
        step.getElement().getClassList().add("companion-step");
        return step;
    }

    private NeedsStep needs() {
        EventKind kind = flow().event().kind();
        NeedsStep step = new NeedsStep(flow().subject(), new NeedsStep.Questions(kind.asksApplicationHelp(),
                kind.asksWheelchair()));
        step.withHeading(flow().step() == SignupFlow.Step.NEEDS ? "signup.needs.heading" : "signup.companion.needs-heading");
        return step;
    }

    private ConfirmStep summary() {
        SignupEvent event = flow().event();
        Slot slot = flow().slot();
        ConfirmStep step = ConfirmStep.summary("signup-summary", "signup-confirm",
                getTranslation(flow().waitlist() ? "signup.summary.confirm-waitlist" : "signup.summary.confirm"));
        step.withHeading(flow().waitlist() ? "signup.summary.heading-waitlist" : "signup.summary.heading");
        step.line("signup.summary.event", what(event))
                .line("signup.summary.when", texts.day(event.date(), getLocale())
                        + (slot == null ? "" : ", " + texts.slotTime(event, slot, getLocale())))
                .line("signup.summary.where", event.place() + (event.address().isBlank() ? "" : ", " + event.address()));
        step.person("signup.summary.you", flow().resident(), needs(flow().resident()));
        PersonDraft companion = flow().companion();
        if (companion != null) {
            step.person("signup.summary.companion", companion, needs(companion));
            if (!flow().waitlist() && !flow().seats()) {
                step.addToSummary(new Paragraph(getTranslation("signup.summary.companion-slot")));
            }
        }
        if (flow().waitlist()) {
            step.addToSummary(new Paragraph(getTranslation(flow().resident().phone().isBlank()
                    ? "signup.summary.waitlist-note-no-phone" : "signup.summary.waitlist-note")));
        }
        if (flow().hasRides()) {
            var ride = flow().ride();
            step.line("ride.summary.ride", flow().rideRequest() == null || ride.stop() == null
                    ? getTranslation("ride.summary.none") : getTranslation("ride.summary.choice", ride.stop().label(),
                    ride.travellers(), getTranslation(ride.wheelchair() ? "ride.yes" : "ride.no")));
        }
        if (!event.price().equals(LocalizedText.EMPTY)) {
            step.line("signup.summary.price", CoordinatorsText.shown(event.price(), getLocale()));
        }
        step.note("signup-privacy", getTranslation("signup.summary.privacy", signups.retentionDays()));
        return step;
    }

    void confirm() {
        try {
            flow().confirmed(signups.signUp(flow().request(getLocale()), flow().rideRequest()));
        } catch (AlreadySignedUpException already) {
            flow().alreadySignedUp(already.existing());
        } catch (SlotFullException full) {
            stepMessage = getTranslation(flow().companion() == null ? "signup.slot.just-filled" : "signup.slot.no-room-for-two");
            flow().slotFilled();
        } catch (RideFullException full) {
            stepMessage = getTranslation("ride.full");
            flow().rideFull();
        } catch (SignupClosedException closed) {
            stepMessage = getTranslation("signup.event.closed");
            flow().closed();
        }
        redraw();
    }

    // ---- after confirming ---------------------------------------------------------------------------------------

    private void done() {
        SignupReceipt receipt = new SignupReceipt(flow().confirmation(), texts, printing, signups.linkedOffers(flow().event().id()));
        heading.setText(getTranslation(receipt.waitlisted() ? "signup.done.heading-waitlist" : "signup.done.heading"));
        receipt.addLinkedListener(offer -> then(() -> flow().startLinked(offer.offer(),
                signups.rideStops(offer.offer().id(), getLocale()))));
        printState = receipt.printState();
        add(receipt);
    }

    private void already() {
        Signup existing = flow().existing();
        heading.setText(getTranslation("signup.already.heading"));
        AlreadySignedUp panel = new AlreadySignedUp(existing, printing, flow().reprintJob());
        panel.addReprintListener(reprint -> then(() -> flow().reprinted(
                signups.reprint(existing.id(), Actor.KIOSK, getLocale()).printJobId())));
        printState = panel.printState();
        add(panel);
    }

    // ---- pieces -------------------------------------------------------------------------------------------------

    private @Nullable String needs(PersonDraft person) {
        return flow().asksNeeds() ? texts.needs(person.needs(), getLocale()) : null;
    }

    private String what(SignupEvent event) {
        return what(event, CoordinatorsText::shown);
    }

    /** The event's kind and title, each as {@code shown} gives it (a button's breaks at each one's own syllables). */
    private String what(SignupEvent event, BiFunction<LocalizedText, Locale, String> shown) {
        return shown.apply(event.kind().name(), getLocale()) + ": " + shown.apply(event.title(), getLocale());
    }
}
