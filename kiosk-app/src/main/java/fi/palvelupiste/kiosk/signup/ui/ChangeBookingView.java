package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.kiosk.ui.KioskFlowButtons;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.StepFlowView;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenKeyboard;
import fi.palvelupiste.kiosk.kiosk.ui.ResidentVisit;
import fi.palvelupiste.kiosk.kiosk.ui.StepBar;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.signup.CodeLookup;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.ReferenceCode;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupService;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.signup.SlotFullException;

import java.util.List;
import java.util.Locale;

/**
 * "I have a reference code": type the code and the first letters of the surname, see the booking, cancel it or
 * move it to another time. A slip confirms the change. Wrong codes are slowed down for this resident's visit
 * and, when there are many, for the whole device (CodeAttemptGuard).
 */
@AnonymousAllowed
@Route(value = "signup/change", layout = KioskLayout.class)
class ChangeBookingView extends StepFlowView<ChangeBookingView.Step> {

    enum Step { CODE, SURNAME, BOOKING, CANCEL_QUESTION, MOVE, DONE }

    private static final int STEPS = 3;

    private final SignupService signups;
    private final SignupTexts texts;
    private final PrintJobService printing;

    String code = "";
    String surname = "";
    String codeMessage;
    Booking booking;
    Booked changed;
    boolean cancelled;
    SlipPrintState printState;
    /** The ride under the same code (with the sign-up, or on its own when booking is null); null when none. */
    RideTicket ride;
    /** The cancel question and the done screen are about the ride only. */
    boolean rideOnly;
    RideTicket rideCancelled;

    ChangeBookingView(SignupService signups, SignupTexts texts, PrintJobService printing) {
        super(Step.CODE, "change-message");
        this.signups = signups;
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
        switch (step) {
            case CODE -> renderCode();
            case SURNAME -> renderSurname();
            case BOOKING -> renderBooking();
            case CANCEL_QUESTION -> renderCancelQuestion();
            case MOVE -> renderMove();
            case DONE -> renderDone();
        }
    }
    private void renderCode() {
        heading.setText(getTranslation("change.code.heading"));
        stepBar(1);
        OnScreenField field = new OnScreenField("change-code", getTranslation("change.code.label"));
        field.setMaxLength(ReferenceCode.LENGTH);
        field.setValue(code);
        field.addValueChangeListener(value -> code = value);
        if (codeMessage != null) {
            field.setError(codeMessage);
            codeMessage = null;
        }
        OnScreenKeyboard keyboard = new OnScreenKeyboard(OnScreenKeyboard.Layout.CODES);
        keyboard.setTarget(field);
        Button next = FlowButtons.next(() -> {
            if (!ReferenceCode.isWellFormed(ReferenceCode.normalize(code))) {
                field.setError(getTranslation("change.code.form", ReferenceCode.LENGTH));
                return;
            }
            go(Step.SURNAME);
        });
        add(instruction("change.code.instruction"), field, keyboard, next, buttons(this::toStart));
    }

    private void renderSurname() {
        heading.setText(getTranslation("change.surname.heading"));
        stepBar(2);
        OnScreenField field = new OnScreenField("change-surname", getTranslation("change.surname.label"));
        field.setMaxLength(20);
        field.setValue(surname);
        field.addValueChangeListener(value -> surname = value);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(OnScreenKeyboard.Layout.NAMES);
        keyboard.setTarget(field);
        Button next = FlowButtons.next(() -> {
            if (surname.isBlank()) {
                field.setError(getTranslation("change.surname.empty"));
                return;
            }
            lookUp();
        });
        add(instruction("change.surname.instruction"), field, keyboard, next, buttons(() -> go(Step.CODE)));
    }

    void lookUp() {
        CodeLookup result = signups.lookUp(ResidentVisit.of(UI.getCurrent()), device(), code, surname);
        switch (result) {
            case CodeLookup.Found found -> {
                booking = found.booking();
                ride = signups.ride(booking.signup().referenceCode(), getLocale()).orElse(null);
                go(Step.BOOKING);
            }
            case CodeLookup.RideFound found -> {
                booking = null;
                ride = signups.ride(found.ride().referenceCode(), getLocale()).orElse(found.ride());
                go(Step.BOOKING);
            }
            case CodeLookup.NotFound notFound -> {
                codeMessage = getTranslation("change.not-found");
                go(Step.CODE);
            }
            case CodeLookup.Wait wait -> {
                codeMessage = getTranslation(wait.deviceWide() ? "change.wait-device" : "change.wait",
                        Math.max(1, wait.remaining().toSeconds()));
                go(Step.CODE);
            }
        }
    }

    private void renderBooking() {
        heading.setText(getTranslation("change.booking.heading"));
        stepBar(3);
        if (booking == null) {
            renderRideOnly();
            return;
        }
        Div details = details(booking);
        add(details);
        Div actions = new Div();
        actions.addClassName("signup-choices");
        addRide(details, actions);
        if (booking.cancellable()) {
            Button cancel = new Button(getTranslation("change.cancel"), click -> go(Step.CANCEL_QUESTION));
            cancel.setId("change-cancel");
            cancel.addClassName("kiosk-button");
            actions.add(cancel);
        }
        if (booking.movable() && signups.slots(booking.event().id()).stream()
                .anyMatch(s -> s.free() > 0 && s.id() != booking.slot().id())) {
            Button move = new Button(getTranslation("change.move"), click -> go(Step.MOVE));
            move.setId("change-move");
            move.addClassName("kiosk-button");
            actions.add(move);
        }
        if (!booking.cancellable()) {
            Paragraph not = new Paragraph(booking.signup().status() == SignupStatus.CANCELLED
                    ? getTranslation("change.already-cancelled")
                    : getTranslation("change.not-changeable", booking.event().organiserPhone()));
            not.setId("change-not-changeable");
            add(not);
        }
        add(actions, buttons(() -> go(Step.SURNAME)));
    }

    /** A ride booked on its own: what it is, and cancel. */
    private void renderRideOnly() {
        Div details = new Div();
        details.setId("change-booking");
        details.addClassName("signup-summary");
        Div actions = new Div();
        actions.addClassName("signup-choices");
        addRide(details, actions);
        add(details, actions, buttons(() -> go(Step.SURNAME)));
    }

    private void addRide(Div details, Div actions) {
        if (ride == null) {
            return;
        }
        Paragraph line = new Paragraph(getTranslation(ride.cancellable() ? "ride.change.ride" : "ride.change.ride-cancelled",
                ride.summary()));
        line.setId("change-ride");
        details.add(line);
        if (ride.cancellable()) {
            Button cancelRide = new Button(getTranslation("ride.change.cancel"), click -> {
                rideOnly = true;
                go(Step.CANCEL_QUESTION);
            });
            cancelRide.setId("change-ride-cancel");
            cancelRide.addClassName("kiosk-button");
            actions.add(cancelRide);
        }
    }

    private void renderRideCancelQuestion() {
        heading.setText(getTranslation("ride.change.cancel-heading"));
        Paragraph what = new Paragraph(ride.summary());
        what.setId("change-ride");
        what.addClassName("signup-summary");
        add(what);
        Button yes = new Button(getTranslation("ride.change.cancel-yes"), click -> {
            try {
                rideCancelled = signups.cancelRide(ride.referenceCode(), "kiosk", getLocale());
                go(Step.DONE);
            } catch (NotChangeableException gone) {
                rideOnly = false;
                ride = signups.ride(ride.referenceCode(), getLocale()).orElse(null);
                go(Step.BOOKING);
            }
        });
        yes.setId("change-cancel-confirm");
        yes.addClassName("kiosk-button");
        yes.setDisableOnClick(true);
        Button no = new Button(getTranslation("ride.change.cancel-no"), click -> {
            rideOnly = false;
            go(Step.BOOKING);
        });
        no.setId("change-cancel-keep");
        no.addClassNames("kiosk-button", "kiosk-button-secondary");
        Div choices = new Div(no, yes);
        choices.addClassName("signup-choices");
        add(choices);
    }

    private void renderRideDone() {
        heading.setText(getTranslation("ride.change.done"));
        printState = new SlipPrintState(printing, List.of(rideCancelled.printJobId()),
                getTranslation("change.not-printed-cancel", rideCancelled.referenceCode()));
        Button done = new Button(getTranslation("signup.done.ready"), click -> toStart());
        done.setId("signup-done");
        done.addClassName("kiosk-button");
        add(printState, done);
    }

    private void renderCancelQuestion() {
        if (rideOnly) {
            renderRideCancelQuestion();
            return;
        }
        heading.setText(getTranslation("change.cancel.heading"));
        add(details(booking));
        Button yes = new Button(getTranslation("change.cancel.yes"), click -> {
            try {
                changed = signups.cancel(booking.signup().id(), "kiosk", getLocale());
                cancelled = true;
                go(Step.DONE);
            } catch (NotChangeableException gone) {
                booking = signups.booking(booking.signup().id()).orElse(booking);
                go(Step.BOOKING);
            }
        });
        yes.setId("change-cancel-confirm");
        yes.addClassName("kiosk-button");
        yes.setDisableOnClick(true);
        Button no = new Button(getTranslation("change.cancel.no"), click -> go(Step.BOOKING));
        no.setId("change-cancel-keep");
        no.addClassNames("kiosk-button", "kiosk-button-secondary");
        Div choices = new Div(no, yes);
        choices.addClassName("signup-choices");
        add(choices);
    }

    private void renderMove() {
        heading.setText(getTranslation("change.move.heading"));
        add(instruction("change.move.instruction"));
        Div grid = new Div();
        grid.addClassName("signup-slots");
        for (Slot s : signups.slots(booking.event().id())) {
            if (s.id() == booking.slot().id()) {
                continue;
            }
            Button button = new Button(texts.time(s.startsAt(), getLocale()) + " – " + (s.free() == 0
                    ? getTranslation("signup.slot.full") : getTranslation("signup.slot.free", s.free())));
            button.setId("change-slot-" + s.id());
            button.addClassNames("kiosk-button", "signup-slot");
            button.setEnabled(s.free() > 0);
            button.addClickListener(click -> {
                try {
                    changed = signups.move(booking.signup().id(), s.id(), "kiosk", getLocale());
                    cancelled = false;
                    go(Step.DONE);
                } catch (SlotFullException full) {
                    go(Step.MOVE);
                }
            });
            grid.add(button);
        }
        add(grid, buttons(() -> go(Step.BOOKING)));
    }

    private void renderDone() {
        if (rideOnly) {
            renderRideDone();
            return;
        }
        heading.setText(getTranslation(cancelled ? "change.done.cancelled" : "change.done.moved"));
        Locale locale = getLocale();
        if (!cancelled) {
            Paragraph time = new Paragraph(getTranslation("change.done.new-time", texts.day(booking.event().date(), locale),
                    texts.slotTime(booking.event(), changed.slot(), locale)));
            time.setId("change-new-time");
            time.addClassName("signup-what");
            add(time, new Paragraph(getTranslation("change.done.same-code")));
            add(SignupView.codeBox("signup-code", changed.signup().referenceCode()));
        }
        printState = new SlipPrintState(printing, List.of(changed.printJobId()),
                getTranslation(cancelled ? "change.not-printed-cancel" : "signup.not-printed",
                        changed.signup().referenceCode()));
        Button done = new Button(getTranslation("signup.done.ready"), click -> toStart());
        done.setId("signup-done");
        done.addClassName("kiosk-button");
        add(printState, done);
    }

    private Div details(Booking shown) {
        Div details = new Div();
        details.setId("change-booking");
        details.addClassName("signup-summary");
        Locale locale = getLocale();
        details.add(new Paragraph(shown.event().kind().name(locale) + ": " + shown.event().title(locale)));
        String when = texts.day(shown.event().date(), locale);
        if (shown.slot() != null && shown.signup().status() == SignupStatus.CONFIRMED) {
            when += ", " + texts.slotTime(shown.event(), shown.slot(), locale);
        }
        details.add(new Paragraph(when));
        details.add(new Paragraph(shown.event().place()));
        details.add(new Paragraph(getTranslation("change.booking.name", shown.signup().fullName())));
        if (shown.signup().status() == SignupStatus.WAITLISTED) {
            details.add(new Paragraph(getTranslation("signup.done.waitlist", shown.waitlistPosition())));
        }
        return details;
    }

    private void stepBar(int current) {
        StepBar bar = new StepBar();
        bar.setStep(current, STEPS);
        addComponentAtIndex(0, bar);
    }

    private KioskFlowButtons buttons(Runnable back) {
        return new KioskFlowButtons(back::run, () -> !code.isBlank() || !surname.isBlank());
    }

    /** The device the codes are typed on, by its address: the kiosk's touchscreen is one device all day. */
    private static String device() {
        String address = VaadinSession.getCurrent().getBrowser().getAddress();
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
