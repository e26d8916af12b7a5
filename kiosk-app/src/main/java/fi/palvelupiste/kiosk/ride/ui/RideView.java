package fi.palvelupiste.kiosk.ride.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.kiosk.ui.KioskFlowButtons;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.StepFlowView;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenKeyboard;
import fi.palvelupiste.kiosk.kiosk.ui.PhoneKeypad;
import fi.palvelupiste.kiosk.kiosk.ui.StepBar;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideService;
import fi.palvelupiste.kiosk.signup.FinnishMobile;
import fi.palvelupiste.kiosk.signup.Needs;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.Person;
import fi.palvelupiste.kiosk.signup.ResidentName;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.RideRequest;
import fi.palvelupiste.kiosk.signup.RideStopChoice;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.signup.ui.FlowButtons;
import fi.palvelupiste.kiosk.signup.ui.SlipPrintState;

import java.util.List;

/**
 * Booking a ride on its own (a weekly asiointiliikenne ride), one question per step: ride → stop → how many
 * travel → wheelchair place → name → phone → summary → the reference code and the boarding slip. Everything typed
 * lives in this screen object only.
 */
@AnonymousAllowed
@Route(value = "ride", layout = KioskLayout.class)
class RideView extends StepFlowView<RideView.Step> {

    enum Step { RIDE, STOP, SEATS, WHEELCHAIR, NAME, PHONE, SUMMARY, DONE }

    private final RideService rides;
    private final SignupTexts texts;
    private final PrintJobService printing;

    Ride ride;
    RideStopChoice stop;
    int travellers = 1;
    boolean wheelchair;
    String firstName = "";
    String lastName = "";
    String phone = "";
    RideTicket ticket;
    SlipPrintState printState;

    RideView(RideService rides, SignupTexts texts, PrintJobService printing) {
        super(Step.RIDE, "ride-message");
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
        switch (step) {
            case RIDE -> renderRides();
            case STOP -> renderStops();
            case SEATS -> renderSeats();
            case WHEELCHAIR -> renderWheelchair();
            case NAME -> renderName();
            case PHONE -> renderPhone();
            case SUMMARY -> renderSummary();
            case DONE -> renderDone();
        }
    }
    private void renderRides() {
        heading.setText(getTranslation("ride.choose.heading"));
        stepBar();
        showStepMessage();
        List<Ride> open = rides.bookableStandalone();
        Div choices = choices();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("ride.choose.none")));
        }
        for (Ride r : open) {
            Button button = FlowButtons.bigChoice("ride-" + r.id(), r.name(getLocale()), texts.day(r.date(), getLocale())
                    + (r.destination().isBlank() ? "" : " · " + r.destination()));
            button.addClickListener(click -> {
                ride = r;
                go(Step.STOP);
            });
            choices.add(button);
        }
        add(instruction("ride.choose.instruction"), choices, flow(this::toStart));
    }

    private void renderStops() {
        heading.setText(getTranslation("ride.stop.heading"));
        stepBar();
        showStepMessage();
        Div choices = choices();
        for (RideStopChoice choice : rides.choices(rides.ride(ride.id()).orElse(ride), getLocale())) {
            Button button = FlowButtons.bigChoice("ride-stop-" + choice.stopId(), choice.label(), choice.hint());
            button.setEnabled(choice.open());
            button.addClickListener(click -> {
                stop = choice;
                go(Step.SEATS);
            });
            choices.add(button);
        }
        add(instruction("ride.stop.instruction"), choices, flow(() -> go(Step.RIDE)));
    }

    private void renderSeats() {
        heading.setText(getTranslation("ride.seats.heading"));
        stepBar();
        Div choices = choices();
        for (int n = 1; n <= 2; n++) {
            int people = n;
            Button button = FlowButtons.bigChoice("ride-seats-" + n, getTranslation("ride.seats.option", n), "");
            button.addClickListener(click -> {
                travellers = people;
                wheelchair = false;
                go(stop.freeWheelchairPlaces() > 0 ? Step.WHEELCHAIR : Step.NAME);
            });
            choices.add(button);
        }
        add(instruction("ride.seats.instruction"), choices, flow(() -> go(Step.STOP)));
    }

    private void renderWheelchair() {
        heading.setText(getTranslation("ride.wheelchair.heading"));
        stepBar();
        Button yes = FlowButtons.bigChoice("ride-wheelchair-yes", getTranslation("ride.wheelchair.yes"), "");
        yes.addClickListener(click -> {
            wheelchair = true;
            go(Step.NAME);
        });
        Button no = FlowButtons.bigChoice("ride-wheelchair-no", getTranslation("ride.wheelchair.no"), "");
        no.addClickListener(click -> {
            wheelchair = false;
            go(Step.NAME);
        });
        Div choices = choices();
        choices.add(yes, no);
        add(instruction("ride.wheelchair.instruction"), choices, flow(() -> go(Step.SEATS)));
    }

    private void renderName() {
        heading.setText(getTranslation("signup.name.heading"));
        stepBar();
        OnScreenField first = new OnScreenField("signup-first-name", getTranslation("signup.name.first"));
        first.setMaxLength(ResidentName.MAX_LENGTH);
        first.setValue(firstName);
        first.addValueChangeListener(value -> firstName = value);
        OnScreenField last = new OnScreenField("signup-last-name", getTranslation("signup.name.last"));
        last.setMaxLength(ResidentName.MAX_LENGTH);
        last.setValue(lastName);
        last.addValueChangeListener(value -> lastName = value);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(OnScreenKeyboard.Layout.NAMES);
        first.addTapListener(() -> keyboard.setTarget(first));
        last.addTapListener(() -> keyboard.setTarget(last));
        keyboard.setTarget(!firstName.isBlank() && lastName.isBlank() ? last : first);
        Div fields = new Div(first, last);
        fields.addClassName("signup-fields");
        Button next = FlowButtons.next(() -> {
            var firstProblem = ResidentName.problem(firstName);
            if (firstProblem.isPresent()) {
                first.setError(getTranslation(firstProblem.get().messageKey() + ".first"));
                keyboard.setTarget(first);
                return;
            }
            if (keyboard.getTarget() == first && lastName.isBlank()) {
                keyboard.setTarget(last);
                return;
            }
            var lastProblem = ResidentName.problem(lastName);
            if (lastProblem.isPresent()) {
                last.setError(getTranslation(lastProblem.get().messageKey() + ".last"));
                keyboard.setTarget(last);
                return;
            }
            firstName = ResidentName.normalize(firstName);
            lastName = ResidentName.normalize(lastName);
            go(Step.PHONE);
        });
        add(instruction("signup.name.instruction"), fields, keyboard, next,
                flow(() -> go(stop.freeWheelchairPlaces() > 0 ? Step.WHEELCHAIR : Step.SEATS)));
    }

    private void renderPhone() {
        heading.setText(getTranslation("signup.phone.heading"));
        stepBar();
        OnScreenField field = new OnScreenField("signup-phone", getTranslation("signup.phone.label"));
        field.setMaxLength(16);
        field.setValue(phone);
        field.addValueChangeListener(value -> phone = value);
        PhoneKeypad keypad = new PhoneKeypad();
        keypad.setTarget(field);
        Button next = FlowButtons.next(() -> {
            if (!phone.isBlank() && FinnishMobile.normalize(phone).isEmpty()) {
                field.setError(getTranslation("signup.phone.invalid"));
                return;
            }
            go(Step.SUMMARY);
        });
        Button none = new Button(getTranslation("signup.phone.none"), click -> {
            phone = "";
            go(Step.SUMMARY);
        });
        none.setId("signup-no-phone");
        none.addClassNames("kiosk-button", "kiosk-button-secondary");
        Div actions = new Div(none, next);
        actions.addClassName("signup-actions");
        add(instruction("ride.phone.instruction"), field, keypad, actions, flow(() -> go(Step.NAME)));
    }

    private void renderSummary() {
        heading.setText(getTranslation("ride.summary.heading"));
        stepBar();
        showStepMessage();
        Div summary = new Div();
        summary.setId("ride-summary");
        summary.addClassName("signup-summary");
        summary.add(labelledLine("ride.summary.ride", ride.name(getLocale()) + ", " + texts.day(ride.date(), getLocale())));
        summary.add(labelledLine("ride.summary.stop", stop.label()));
        summary.add(labelledLine("ride.summary.travellers", getTranslation("ride.seats.option", travellers)
                + (wheelchair ? ", " + getTranslation("ride.places.wheelchair") : "")));
        summary.add(labelledLine("signup.summary.you", firstName + " " + lastName));
        summary.add(labelledLine("signup.summary.phone", phone.isBlank() ? getTranslation("signup.summary.no-phone")
                : FinnishMobile.display(FinnishMobile.normalize(phone).orElse(phone))));
        Paragraph privacy = new Paragraph(getTranslation("ride.summary.privacy"));
        privacy.addClassName("signup-privacy");
        Button confirm = new Button(getTranslation("ride.summary.confirm"), click -> confirm());
        confirm.setId("ride-confirm");
        confirm.addClassNames("kiosk-button", "signup-next");
        confirm.setDisableOnClick(true);
        add(summary, privacy, confirm, flow(() -> go(Step.PHONE)));
    }

    void confirm() {
        try {
            ticket = rides.bookStandalone(new RideRequest(stop.stopId(), travellers - (wheelchair ? 1 : 0), wheelchair),
                    new Person(firstName, lastName, phone.isBlank() ? null : phone, Needs.NONE), getLocale());
            go(Step.DONE);
        } catch (RideFullException full) {
            stepMessage = getTranslation("ride.full");
            go(Step.STOP);
        } catch (NotChangeableException closed) {
            stepMessage = getTranslation("ride.closed");
            go(Step.RIDE);
        }
    }

    private void renderDone() {
        heading.setText(getTranslation("ride.done.heading"));
        add(new Paragraph(getTranslation("signup.done.code-is")));
        Div code = new Div(ticket.referenceCode());
        code.setId("signup-code");
        code.addClassName("signup-code");
        Paragraph what = new Paragraph(ticket.summary());
        what.setId("ride-done");
        what.addClassName("signup-what");
        printState = new SlipPrintState(printing, List.of(ticket.printJobId()),
                getTranslation("signup.not-printed", ticket.referenceCode()));
        Button done = new Button(getTranslation("signup.done.ready"), click -> toStart());
        done.setId("signup-done");
        done.addClassName("kiosk-button");
        add(code, what, printState, done);
    }

    // ---- pieces ------------------------------------------------------------------------------------------------

    private boolean hasTypedText() {
        return !firstName.isBlank() || !lastName.isBlank() || !phone.isBlank();
    }

    private void stepBar() {
        StepBar bar = new StepBar();
        bar.setStep(step.ordinal() + 1, Step.DONE.ordinal());
        addComponentAtIndex(0, bar);
    }
    private KioskFlowButtons flow(Runnable back) {
        return new KioskFlowButtons(back::run, this::hasTypedText);
    }

    private static Div choices() {
        Div choices = new Div();
        choices.addClassName("signup-choices");
        return choices;
    }

}
