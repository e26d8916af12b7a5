package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.kiosk.ui.KioskFlowButtons;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.StepFlowView;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenKeyboard;
import fi.palvelupiste.kiosk.kiosk.ui.PhoneKeypad;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.kiosk.ui.StepBar;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.signup.AlreadySignedUpException;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.FinnishMobile;
import fi.palvelupiste.kiosk.signup.Needs;
import fi.palvelupiste.kiosk.signup.ResidentName;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.RideRequest;
import fi.palvelupiste.kiosk.signup.RideStopChoice;
import fi.palvelupiste.kiosk.signup.Signup;
import fi.palvelupiste.kiosk.signup.SignupClosedException;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupService;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.signup.SlotFullException;

import java.util.ArrayList;
import java.util.List;

/**
 * Signing up at the kiosk, one question per step: event → time → name → phone → needs → ride (when the event has
 * rides: stop, seats, wheelchair place) → companion → summary → confirmation with the reference code. Everything typed lives in this screen object only: the idle reset (or
 * cancel) navigates away and it is gone.
 */
@AnonymousAllowed
@Route(value = "signup", layout = KioskLayout.class)
class SignupView extends StepFlowView<SignupView.Step> {

    enum Step {
        EVENT, SLOT, NAME, PHONE, NEEDS, RIDE, RIDE_STOP, RIDE_SEATS, RIDE_WHEELCHAIR, COMPANION, COMPANION_NAME, COMPANION_PHONE, COMPANION_NEEDS, SUMMARY, DONE,
        ALREADY
    }

    private final SignupService signups;
    private final SignupTexts texts;
    private final PrintJobService printing;

    // the flow's state: route-scoped, never in the session
    SignupEvent event;
    Slot slot;
    boolean waitlist;
    final PersonDraft resident = new PersonDraft();
    PersonDraft companion;
    /** The people are already known (signing up for the linked trip after the photo day): skip to the summary. */
    boolean peopleKnown;
    Confirmation confirmation;
    Signup existing;
    Long reprintJob;
    SlipPrintState printState;
    /** The event's ride stops (none: the ride question is not asked) and the resident's answers. */
    List<RideStopChoice> rideStops = List.of();
    boolean wantsRide;
    RideStopChoice rideStop;
    int rideTravellers = 1;
    boolean rideWheelchair;

    SignupView(SignupService signups, SignupTexts texts, PrintJobService printing) {
        super(Step.EVENT, "signup-message");
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
        switch (step) {
            case EVENT -> renderEvents();
            case SLOT -> renderSlots();
            case NAME -> renderName(resident, "signup.name.heading");
            case PHONE -> renderPhone(resident, "signup.phone.heading");
            case NEEDS -> renderNeeds(resident, "signup.needs.heading");
            case RIDE -> renderRideQuestion();
            case RIDE_STOP -> renderRideStops();
            case RIDE_SEATS -> renderRideSeats();
            case RIDE_WHEELCHAIR -> renderRideWheelchair();
            case COMPANION -> renderCompanionQuestion();
            case COMPANION_NAME -> renderName(companion, "signup.companion.name-heading");
            case COMPANION_PHONE -> renderPhone(companion, "signup.companion.phone-heading");
            case COMPANION_NEEDS -> renderNeeds(companion, "signup.companion.needs-heading");
            case SUMMARY -> renderSummary();
            case DONE -> renderDone();
            case ALREADY -> renderAlready();
        }
    }
    // ---- steps -------------------------------------------------------------------------------------------------

    private void renderEvents() {
        heading.setText(getTranslation("signup.event.heading"));
        addStepBar();
        showStepMessage();
        List<SignupEvent> open = signups.openEvents();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("signup.event.none")));
        } else {
            add(instruction("signup.event.instruction"));
            Div choices = new Div();
            choices.addClassName("signup-choices");
            for (SignupEvent e : open) {
                int free = signups.slots(e.id()).stream().mapToInt(Slot::free).sum();
                Button button = FlowButtons.bigChoice("signup-event-" + e.id(), e.kind().name(getLocale()) + ": " + e.title(getLocale()),
                        texts.day(e.date(), getLocale()) + " · " + e.place() + " · "
                                + (free > 0 ? getTranslation("signup.event.free", free)
                                : getTranslation("signup.event.full")));
                button.addClickListener(click -> chooseEvent(e));
                choices.add(button);
            }
            add(choices);
        }
        add(new KioskFlowButtons(() -> getUI().ifPresent(ui -> ui.navigate(StartView.class)), this::hasTypedText));
    }

    private void chooseEvent(SignupEvent chosen) {
        event = chosen;
        slot = null;
        waitlist = false;
        loadRides();
        go(Step.SLOT);
    }

    private void renderSlots() {
        heading.setText(getTranslation(event.kind().unit() == BookingUnit.SEATS
                ? "signup.slot.heading-seats" : "signup.slot.heading"));
        addStepBar();
        Paragraph what = new Paragraph(event.kind().name(getLocale()) + ": " + event.title(getLocale()) + " – "
                + texts.day(event.date(), getLocale()) + ", " + event.place());
        what.setId("signup-event-name");
        what.addClassName("signup-what");
        add(what);
        if (!event.description(getLocale()).isBlank()) {
            add(new Paragraph(event.description(getLocale())));
        }
        showStepMessage();
        List<Slot> slots = signups.slots(event.id());
        boolean full = slots.stream().allMatch(s -> s.free() == 0);
        if (full) {
            Paragraph fullText = new Paragraph(getTranslation("signup.slot.all-full"));
            fullText.setId("signup-full");
            fullText.addClassName("kiosk-instruction");
            Button join = FlowButtons.bigChoice("signup-waitlist", getTranslation("signup.waitlist.join"),
                    getTranslation("signup.waitlist.hint"));
            join.addClickListener(click -> {
                waitlist = true;
                slot = null;
                wantsRide = false;
                go(peopleKnown ? Step.SUMMARY : Step.NAME);
            });
            add(fullText, join);
        } else {
            add(instruction("signup.slot.instruction"));
            Div grid = new Div();
            grid.addClassName(event.kind().unit() == BookingUnit.SEATS ? "signup-choices" : "signup-slots");
            for (Slot s : slots) {
                String label = event.kind().unit() == BookingUnit.SEATS
                        ? texts.slotTime(event, s, getLocale()) : texts.time(s.startsAt(), getLocale());
                Button button = FlowButtons.bigChoice("signup-slot-" + s.id(), label, s.free() == 0
                        ? getTranslation("signup.slot.full") : getTranslation("signup.slot.free", s.free()));
                button.addClassName("signup-slot");
                button.setEnabled(s.free() > 0);
                button.addClickListener(click -> {
                    slot = s;
                    waitlist = false;
                    go(peopleKnown ? (hasRides() ? Step.RIDE : Step.SUMMARY) : Step.NAME);
                });
                grid.add(button);
            }
            add(grid);
        }
        add(new KioskFlowButtons(() -> go(Step.EVENT), this::hasTypedText));
    }

    private void renderName(PersonDraft person, String headingKey) {
        heading.setText(getTranslation(headingKey));
        addStepBar();
        OnScreenField first = new OnScreenField("signup-first-name", getTranslation("signup.name.first"));
        first.setMaxLength(ResidentName.MAX_LENGTH);
        first.setValue(person.firstName);
        first.addValueChangeListener(value -> person.firstName = value);
        OnScreenField last = new OnScreenField("signup-last-name", getTranslation("signup.name.last"));
        last.setMaxLength(ResidentName.MAX_LENGTH);
        last.setValue(person.lastName);
        last.addValueChangeListener(value -> person.lastName = value);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(OnScreenKeyboard.Layout.NAMES);
        first.addTapListener(() -> keyboard.setTarget(first));
        last.addTapListener(() -> keyboard.setTarget(last));
        keyboard.setTarget(!person.firstName.isBlank() && person.lastName.isBlank() ? last : first);
        Div fields = new Div(first, last);
        fields.addClassName("signup-fields");
        Button next = FlowButtons.next(() -> {
            var firstProblem = ResidentName.problem(person.firstName);
            if (firstProblem.isPresent()) {
                first.setError(getTranslation(firstProblem.get().messageKey() + ".first"));
                keyboard.setTarget(first);
                return;
            }
            if (keyboard.getTarget() == first && person.lastName.isBlank()) {
                keyboard.setTarget(last);
                return;
            }
            var lastProblem = ResidentName.problem(person.lastName);
            if (lastProblem.isPresent()) {
                last.setError(getTranslation(lastProblem.get().messageKey() + ".last"));
                keyboard.setTarget(last);
                return;
            }
            person.firstName = ResidentName.normalize(person.firstName);
            person.lastName = ResidentName.normalize(person.lastName);
            go(step == Step.NAME ? Step.PHONE : Step.COMPANION_PHONE);
        });
        add(instruction("signup.name.instruction"), fields, keyboard, next,
                new KioskFlowButtons(() -> go(step == Step.NAME ? Step.SLOT : Step.COMPANION), this::hasTypedText));
    }

    private void renderPhone(PersonDraft person, String headingKey) {
        heading.setText(getTranslation(headingKey));
        addStepBar();
        OnScreenField phone = new OnScreenField("signup-phone", getTranslation("signup.phone.label"));
        phone.setMaxLength(16);
        phone.setValue(person.phone);
        phone.addValueChangeListener(value -> person.phone = value);
        PhoneKeypad keypad = new PhoneKeypad();
        keypad.setTarget(phone);
        Step after = step == Step.PHONE ? (asksNeeds() ? Step.NEEDS : afterNeeds())
                : (asksNeeds() ? Step.COMPANION_NEEDS : Step.SUMMARY);
        Button next = FlowButtons.next(() -> {
            if (!person.phone.isBlank() && FinnishMobile.normalize(person.phone).isEmpty()) {
                phone.setError(getTranslation("signup.phone.invalid"));
                return;
            }
            go(after);
        });
        Button none = new Button(getTranslation("signup.phone.none"), click -> {
            person.phone = "";
            go(after);
        });
        none.setId("signup-no-phone");
        none.addClassNames("kiosk-button", "kiosk-button-secondary");
        Div actions = new Div(none, next);
        actions.addClassName("signup-actions");
        add(instruction("signup.phone.instruction"), phone, keypad, actions,
                new KioskFlowButtons(() -> go(step == Step.PHONE ? Step.NAME : Step.COMPANION_NAME), this::hasTypedText));
    }

    private void renderNeeds(PersonDraft person, String headingKey) {
        heading.setText(getTranslation(headingKey));
        addStepBar();
        add(instruction("signup.needs.instruction"));
        Div toggles = new Div();
        toggles.addClassName("signup-choices");
        if (event.kind().asksApplicationHelp()) {
            toggles.add(toggle("signup-need-help", getTranslation("signup.needs.help"), person.applicationHelp,
                    on -> person.applicationHelp = on));
        }
        if (event.kind().asksWheelchair()) {
            toggles.add(toggle("signup-need-wheelchair", getTranslation("signup.needs.wheelchair"), person.wheelchair,
                    on -> person.wheelchair = on));
        }
        add(toggles);
        if (event.kind().asksInterpreter()) {
            H2 interpreter = new H2(getTranslation("signup.needs.interpreter"));
            interpreter.addClassName("signup-subheading");
            Div languages = new Div();
            languages.addClassName("signup-languages");
            List<String> options = new ArrayList<>();
            options.add(null);
            options.addAll(Needs.INTERPRETER_LANGUAGES);
            for (String code : options) {
                boolean selected = java.util.Objects.equals(code, person.interpreterLanguage);
                Button option = new Button(code == null ? getTranslation("signup.interpreter.none")
                        : texts.interpreter(code, getLocale()));
                option.setId("signup-interpreter-" + (code == null ? "none" : code));
                option.addClassNames("kiosk-button", "signup-toggle");
                option.getElement().setAttribute("aria-pressed", String.valueOf(selected));
                option.setClassName("signup-toggle-on", selected);
                option.addClickListener(click -> {
                    person.interpreterLanguage = code;
                    go(step);
                });
                languages.add(option);
            }
            add(interpreter, languages);
        }
        add(FlowButtons.next(() -> go(step == Step.NEEDS ? afterNeeds() : Step.SUMMARY)),
                new KioskFlowButtons(() -> go(step == Step.NEEDS ? Step.PHONE : Step.COMPANION_PHONE), this::hasTypedText));
    }

    private void renderCompanionQuestion() {
        heading.setText(getTranslation("signup.companion.heading"));
        addStepBar();
        add(instruction(event.kind().unit() == BookingUnit.SEATS
                ? "signup.companion.instruction-seats" : "signup.companion.instruction"));
        Button yes = FlowButtons.bigChoice("signup-companion-yes", getTranslation("signup.companion.yes"), "");
        yes.addClickListener(click -> {
            if (companion == null) {
                companion = new PersonDraft();
            }
            go(Step.COMPANION_NAME);
        });
        Button no = FlowButtons.bigChoice("signup-companion-no", getTranslation("signup.companion.no"), "");
        no.addClickListener(click -> {
            companion = null;
            go(Step.SUMMARY);
        });
        Div choices = new Div(yes, no);
        choices.addClassName("signup-choices");
        add(choices, new KioskFlowButtons(() -> go(hasRides() ? Step.RIDE : asksNeeds() ? Step.NEEDS : Step.PHONE),
                this::hasTypedText));
    }

    // ---- the ride (only when the event has rides) ----------------------------------------------------------------

    private void loadRides() {
        rideStops = signups.rideStops(event.id(), getLocale());
        wantsRide = false;
        rideStop = null;
        rideTravellers = 1;
        rideWheelchair = false;
    }

    private boolean hasRides() {
        return !waitlist && !rideStops.isEmpty();
    }

    private Step afterNeeds() {
        return hasRides() ? Step.RIDE : Step.COMPANION;
    }

    private Step afterRide() {
        return peopleKnown ? Step.SUMMARY : Step.COMPANION;
    }

    private void renderRideQuestion() {
        heading.setText(getTranslation("ride.question.heading"));
        addStepBar();
        add(instruction("ride.question.instruction"));
        Button yes = FlowButtons.bigChoice("ride-yes", getTranslation("ride.question.yes"), "");
        yes.addClickListener(click -> {
            wantsRide = true;
            go(Step.RIDE_STOP);
        });
        Button no = FlowButtons.bigChoice("ride-no", getTranslation("ride.question.no"), "");
        no.addClickListener(click -> {
            wantsRide = false;
            go(afterRide());
        });
        Div choices = new Div(yes, no);
        choices.addClassName("signup-choices");
        add(choices, new KioskFlowButtons(() -> go(peopleKnown ? Step.SLOT : asksNeeds() ? Step.NEEDS : Step.PHONE),
                this::hasTypedText));
    }

    private void renderRideStops() {
        heading.setText(getTranslation("ride.stop.heading"));
        addStepBar();
        showStepMessage();
        rideStops = signups.rideStops(event.id(), getLocale());
        add(instruction("ride.stop.instruction"));
        Div choices = new Div();
        choices.addClassName("signup-choices");
        for (RideStopChoice choice : rideStops) {
            Button button = FlowButtons.bigChoice("ride-stop-" + choice.stopId(), choice.label(), choice.hint());
            button.setEnabled(choice.open());
            button.addClickListener(click -> {
                rideStop = choice;
                go(Step.RIDE_SEATS);
            });
            choices.add(button);
        }
        add(choices, new KioskFlowButtons(() -> go(Step.RIDE), this::hasTypedText));
    }

    private void renderRideSeats() {
        heading.setText(getTranslation("ride.seats.heading"));
        addStepBar();
        add(instruction("ride.seats.instruction"));
        Div choices = new Div();
        choices.addClassName("signup-choices");
        for (int n = 1; n <= 2; n++) {
            int travellers = n;
            Button button = FlowButtons.bigChoice("ride-seats-" + n, getTranslation("ride.seats.option", n), "");
            button.addClickListener(click -> {
                rideTravellers = travellers;
                rideWheelchair = false;
                go(rideStop.freeWheelchairPlaces() > 0 ? Step.RIDE_WHEELCHAIR : afterRide());
            });
            choices.add(button);
        }
        add(choices, new KioskFlowButtons(() -> go(Step.RIDE_STOP), this::hasTypedText));
    }

    private void renderRideWheelchair() {
        heading.setText(getTranslation("ride.wheelchair.heading"));
        addStepBar();
        add(instruction("ride.wheelchair.instruction"));
        Button yes = FlowButtons.bigChoice("ride-wheelchair-yes", getTranslation("ride.wheelchair.yes"), "");
        yes.addClickListener(click -> {
            rideWheelchair = true;
            go(afterRide());
        });
        Button no = FlowButtons.bigChoice("ride-wheelchair-no", getTranslation("ride.wheelchair.no"), "");
        no.addClickListener(click -> {
            rideWheelchair = false;
            go(afterRide());
        });
        Div choices = new Div(yes, no);
        choices.addClassName("signup-choices");
        add(choices, new KioskFlowButtons(() -> go(Step.RIDE_SEATS), this::hasTypedText));
    }

    private RideRequest rideRequest() {
        return wantsRide && rideStop != null && !waitlist
                ? new RideRequest(rideStop.stopId(), rideTravellers - (rideWheelchair ? 1 : 0), rideWheelchair)
                : null;
    }

    private void renderSummary() {
        heading.setText(getTranslation(waitlist ? "signup.summary.heading-waitlist" : "signup.summary.heading"));
        addStepBar();
        showStepMessage();
        Div summary = new Div();
        summary.setId("signup-summary");
        summary.addClassName("signup-summary");
        summary.add(labelledLine("signup.summary.event", event.kind().name(getLocale()) + ": " + event.title(getLocale())));
        summary.add(labelledLine("signup.summary.when", texts.day(event.date(), getLocale()) + (slot == null ? ""
                : ", " + texts.slotTime(event, slot, getLocale()))));
        summary.add(labelledLine("signup.summary.where", event.place() + (event.address().isBlank() ? "" : ", " + event.address())));
        summary.add(personLines(resident, "signup.summary.you"));
        if (companion != null) {
            summary.add(personLines(companion, "signup.summary.companion"));
            if (!waitlist && event.kind().unit() == BookingUnit.SLOTS) {
                summary.add(new Paragraph(getTranslation("signup.summary.companion-slot")));
            }
        }
        if (waitlist) {
            summary.add(new Paragraph(getTranslation("signup.summary.waitlist-note")));
        }
        if (hasRides()) {
            RideRequest ride = rideRequest();
            summary.add(labelledLine("ride.summary.ride", ride == null ? getTranslation("ride.summary.none")
                    : getTranslation("ride.summary.choice", rideStop.label(), rideTravellers,
                    getTranslation(rideWheelchair ? "ride.yes" : "ride.no"))));
        }
        if (!event.price(getLocale()).isBlank()) {
            summary.add(labelledLine("signup.summary.price", event.price(getLocale())));
        }
        Paragraph privacy = new Paragraph(getTranslation("signup.summary.privacy", signups.retentionDays()));
        privacy.setId("signup-privacy");
        privacy.addClassName("signup-privacy");
        Button confirm = new Button(getTranslation(waitlist ? "signup.summary.confirm-waitlist" : "signup.summary.confirm"),
                click -> confirm());
        confirm.setId("signup-confirm");
        confirm.addClassNames("kiosk-button", "signup-next");
        confirm.setDisableOnClick(true);
        add(summary, privacy, confirm, new KioskFlowButtons(this::backFromSummary, this::hasTypedText));
    }

    private void backFromSummary() {
        if (peopleKnown) {
            go(hasRides() ? Step.RIDE : Step.SLOT);
        } else if (companion != null) {
            go(asksNeeds() ? Step.COMPANION_NEEDS : Step.COMPANION_PHONE);
        } else {
            go(Step.COMPANION);
        }
    }

    void confirm() {
        SignupRequest request = new SignupRequest(event.id(), waitlist ? null : slot.id(), resident.toPerson(),
                companion == null ? null : companion.toPerson(), getLocale());
        try {
            confirmation = signups.signUp(request, rideRequest());
            go(Step.DONE);
        } catch (AlreadySignedUpException already) {
            existing = already.existing();
            go(Step.ALREADY);
        } catch (SlotFullException full) {
            stepMessage = getTranslation(companion == null ? "signup.slot.just-filled" : "signup.slot.no-room-for-two");
            go(Step.SLOT);
        } catch (RideFullException full) {
            stepMessage = getTranslation("ride.full");
            go(Step.RIDE_STOP);
        } catch (SignupClosedException closed) {
            stepMessage = getTranslation("signup.event.closed");
            go(Step.EVENT);
        }
    }

    private void renderDone() {
        Booked mine = confirmation.resident();
        heading.setText(getTranslation(confirmation.waitlisted() ? "signup.done.heading-waitlist" : "signup.done.heading"));
        add(new Paragraph(getTranslation("signup.done.code-is")));
        Div code = codeBox("signup-code", mine.signup().referenceCode());
        add(code);
        Paragraph when = new Paragraph(event.title(getLocale()) + " – " + texts.day(event.date(), getLocale())
                + (mine.slot() == null ? "" : ", " + texts.slotTime(event, mine.slot(), getLocale()))
                + " – " + event.place());
        when.setId("signup-done-when");
        when.addClassName("signup-what");
        add(when);
        if (confirmation.waitlisted()) {
            Paragraph position = new Paragraph(getTranslation("signup.done.waitlist", mine.waitlistPosition()));
            position.setId("signup-waitlist-position");
            add(position);
        }
        List<Long> jobs = new ArrayList<>();
        jobs.add(mine.printJobId());
        String codes = mine.signup().referenceCode();
        if (confirmation.people().size() > 1) {
            Booked other = confirmation.people().get(1);
            add(new Paragraph(getTranslation("signup.done.companion-code", other.signup().fullName())));
            add(codeBox("signup-companion-code", other.signup().referenceCode()));
            if (other.slot() != null && mine.slot() != null && other.slot().id() != mine.slot().id()) {
                add(new Paragraph(getTranslation("signup.done.companion-time", other.signup().firstName(),
                        texts.slotTime(event, other.slot(), getLocale()))));
            }
            jobs.add(other.printJobId());
            codes = codes + ", " + other.signup().referenceCode();
        }
        if (confirmation.ride() != null) {
            Paragraph ride = new Paragraph(getTranslation("ride.done.with-signup", confirmation.ride().summary()));
            ride.setId("ride-done");
            ride.addClassName("signup-what");
            add(ride);
            jobs.add(confirmation.ride().printJobId());
        }
        printState = new SlipPrintState(printing, jobs, getTranslation("signup.not-printed", codes));
        add(printState);
        Div actions = new Div();
        actions.addClassName("signup-choices");
        for (SignupEvent offer : signups.linkedOffers(event.id())) {
            Button also = FlowButtons.bigChoice("signup-linked-" + offer.id(), getTranslation("signup.done.also",
                    offer.kind().name(getLocale())), offer.title(getLocale()) + " – " + texts.day(offer.date(), getLocale()));
            also.addClickListener(click -> startLinked(offer));
            actions.add(also);
        }
        Button done = new Button(getTranslation("signup.done.ready"), click -> toStart());
        done.setId("signup-done");
        done.addClassName("kiosk-button");
        actions.add(done);
        add(actions);
    }

    /** The photo day's flow offers its bus: same people, choose the departure, then the summary. */
    private void startLinked(SignupEvent offer) {
        event = offer;
        slot = null;
        waitlist = false;
        confirmation = null;
        peopleKnown = true;
        loadRides();
        go(Step.SLOT);
    }

    private void renderAlready() {
        heading.setText(getTranslation("signup.already.heading"));
        add(new Paragraph(getTranslation("signup.already.text", existing.fullName())));
        add(codeBox("signup-code", existing.referenceCode()));
        if (reprintJob != null) {
            printState = new SlipPrintState(printing, List.of(reprintJob),
                    getTranslation("signup.not-printed", existing.referenceCode()));
            add(printState);
        } else {
            Button reprint = new Button(getTranslation("signup.already.reprint"), click -> {
                reprintJob = signups.reprint(existing.id(), "kiosk", getLocale()).printJobId();
                go(Step.ALREADY);
            });
            reprint.setId("signup-reprint");
            reprint.addClassName("kiosk-button");
            reprint.setDisableOnClick(true);
            add(reprint);
        }
        Button done = new Button(getTranslation("signup.done.ready"), click -> toStart());
        done.setId("signup-done");
        done.addClassNames("kiosk-button", "kiosk-button-secondary");
        add(done);
    }

    // ---- pieces ------------------------------------------------------------------------------------------------

    private boolean asksNeeds() {
        return event != null && event.kind().asksNeeds();
    }

    boolean hasTypedText() {
        return resident.hasTypedText() || (companion != null && companion.hasTypedText());
    }

    /** Main steps for the step bar: the companion's questions are part of the companion step. */
    private void addStepBar() {
        List<Step> main = new ArrayList<>(List.of(Step.EVENT, Step.SLOT, Step.NAME, Step.PHONE));
        if (event == null || asksNeeds()) {
            main.add(Step.NEEDS);
        }
        if (hasRides()) {
            main.add(Step.RIDE);
        }
        main.addAll(List.of(Step.COMPANION, Step.SUMMARY));
        Step shown = switch (step) {
            case COMPANION_NAME, COMPANION_PHONE, COMPANION_NEEDS -> Step.COMPANION;
            case RIDE_STOP, RIDE_SEATS, RIDE_WHEELCHAIR -> Step.RIDE;
            default -> step;
        };
        StepBar bar = new StepBar();
        bar.setStep(main.indexOf(shown) + 1, main.size());
        addComponentAtIndex(0, bar);
    }
    private Button toggle(String id, String label, boolean on, java.util.function.Consumer<Boolean> set) {
        Button button = new Button((on ? "✔ " : "") + label);
        button.setId(id);
        button.addClassNames("kiosk-button", "signup-toggle");
        button.setClassName("signup-toggle-on", on);
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.addClickListener(click -> {
            set.accept(!on);
            go(step);
        });
        return button;
    }

    private Component personLines(PersonDraft person, String labelKey) {
        Div block = new Div();
        block.addClassName("signup-person");
        block.add(labelledLine(labelKey, person.firstName + " " + person.lastName));
        block.add(labelledLine("signup.summary.phone", person.phone.isBlank() ? getTranslation("signup.summary.no-phone")
                : FinnishMobile.display(FinnishMobile.normalize(person.phone).orElse(person.phone))));
        String needs = texts.needs(person.needs(), getLocale());
        if (asksNeeds()) {
            block.add(labelledLine("signup.summary.needs", needs.isBlank() ? getTranslation("signup.summary.no-needs") : needs));
        }
        return block;
    }

    static Div codeBox(String id, String code) {
        Div box = new Div(code);
        box.setId(id);
        box.addClassName("signup-code");
        return box;
    }

}
