package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.step.FlowButtons;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.kiosk.ui.SlipPrintState;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The confirmation after signing up: the reference code(s) in big letters, when and where, the waitlist position,
 * the ride, what the printer does with the slips, and the linked events to sign up for next (the photo day's bus).
 */
class SignupReceipt extends Composite<Div> {

    private final SlipPrintState printState;
    private final boolean waitlisted;

    SignupReceipt(Confirmation confirmation, SignupTexts texts, PrintJobService printing, List<SignupEvent> offers) {
        getContent().addClassName("flow-step");
        Locale locale = getLocale();
        SignupEvent event = confirmation.event();
        Booked mine = confirmation.resident();
        waitlisted = confirmation.waitlisted();
        // the codes beside what they are for, so that two codes, the slip's state and the buttons fit the 7" panel
        Div codes = new Div(new Paragraph(getTranslation("signup.done.code-is")),
                KioskText.codeBox("signup-code", mine.signup().referenceCode()));
        codes.addClassName("receipt-codes");
        Div content = new Div();
        content.addClassName("receipt-details");
        Div main = new Div(codes, content);
        main.addClassName("receipt");
        getContent().add(main);
        Paragraph when = new Paragraph(CoordinatorsText.forScreen(event.title(), locale) + " – " + texts.day(event.date(), locale)
                + (mine.slot() == null ? "" : ", " + texts.slotTime(event, mine.slot(), locale)) + " – " + event.place());
        when.setId("signup-done-when");
        when.addClassName("signup-what");
        content.add(when);
        if (waitlisted) {
            Paragraph position = new Paragraph(getTranslation(mine.signup().phone() == null
                    ? "signup.done.waitlist-no-phone" : "signup.done.waitlist", mine.waitlistPosition()));
            position.setId("signup-waitlist-position");
            content.add(position);
        }
        List<Long> jobs = new ArrayList<>(List.of(mine.printJobId()));
        String allCodes = mine.signup().referenceCode();
        if (confirmation.people().size() > 1) {
            Booked other = confirmation.people().get(1);
            codes.add(new Paragraph(getTranslation("signup.done.companion-code", other.signup().fullName())),
                    KioskText.codeBox("signup-companion-code", other.signup().referenceCode()));
            if (other.slot() != null && mine.slot() != null && other.slot().id() != mine.slot().id()) {
                content.add(new Paragraph(getTranslation("signup.done.companion-time", other.signup().firstName(),
                        texts.slotTime(event, other.slot(), locale))));
            }
            jobs.add(other.printJobId());
            allCodes = allCodes + ", " + other.signup().referenceCode();
        }
        if (confirmation.ride() != null) {
            Paragraph ride = new Paragraph(getTranslation("ride.done.with-signup", confirmation.ride().summary()));
            ride.setId("ride-done");
            ride.addClassName("signup-what");
            content.add(ride);
            jobs.add(confirmation.ride().printJobId());
        }
        printState = new SlipPrintState(printing, jobs, getTranslation("signup.not-printed", allCodes));
        // under the codes, which the slip repeats; the event's words have the other column
        codes.add(printState);
        Div actions = KioskText.choices();
        for (SignupEvent offer : offers) {
            var also = FlowButtons.bigChoice("signup-linked-" + offer.id(), getTranslation("signup.done.also",
                    CoordinatorsText.shown(offer.kind().name(), locale)), CoordinatorsText.shown(offer.title(), locale) + " – " + texts.day(offer.date(), locale));
            also.addClickListener(click -> fireEvent(new LinkedEvent(this, offer)));
            actions.add(also);
        }
        actions.add(FlowButtons.ready(true));
        getContent().add(actions);
    }

    boolean waitlisted() {
        return waitlisted;
    }

    SlipPrintState printState() {
        return printState;
    }

    Registration addLinkedListener(ComponentEventListener<LinkedEvent> listener) {
        return addListener(LinkedEvent.class, listener);
    }

    /** The resident wants to sign up for a linked event too, with the same people. */
    static final class LinkedEvent extends ComponentEvent<SignupReceipt> {

        private final SignupEvent offer;

        LinkedEvent(SignupReceipt source, SignupEvent offer) {
            super(source, false);
            this.offer = offer;
        }

        SignupEvent offer() {
            return offer;
        }
    }
}
