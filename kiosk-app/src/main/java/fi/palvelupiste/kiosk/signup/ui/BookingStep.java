package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.step.FlowStep;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a reference code found: the booking (or a ride booked on its own) and what can be done with it — cancel,
 * move to another free time, cancel the ride, print the slip of a place given from the waitlist. Answers with the
 * chosen {@link ChangeFlow.Action}.
 */
class BookingStep extends FlowStep<ChangeFlow.Action> {

    /**
     * @param booking         the sign-up, or null for a ride on its own
     * @param ride            the ride under the code, or null
     * @param movable         whether another time is free to move to
     * @param placeSlip       whether to offer the slip of a place given from the waitlist
     * @param placeSlipPrints the progress of that slip once asked for (shown instead of the offer), or null
     */
    BookingStep(@Nullable Booking booking, @Nullable RideTicket ride, boolean movable, boolean placeSlip,
                @Nullable Component placeSlipPrints, SignupTexts texts) {
        withHeading("change.booking.heading");
        Div details = new Div();
        details.setId("change-booking");
        details.addClassName("signup-summary");
        if (booking != null) {
            lines(booking, texts, getLocale()).forEach(details::add);
        }
        Div actions = KioskText.choices();
        add(readingBox(details));
        if (ride != null) {
            Paragraph line = new Paragraph(getTranslation(ride.cancellable() ? "ride.change.ride" : "ride.change.ride-cancelled",
                    ride.summary()));
            line.setId("change-ride");
            details.add(line);
            if (ride.changeable()) {
                actions.add(action("change-ride-change", "ride.change.change", ChangeFlow.Action.CHANGE_RIDE));
            }
            if (ride.cancellable()) {
                actions.add(action("change-ride-cancel", "ride.change.cancel", ChangeFlow.Action.CANCEL_RIDE));
            }
        }
        if (booking != null && booking.signup().status() == SignupStatus.CONFIRMED
                && booking.signup().promotedAt() != null && booking.slot() != null) {
            Paragraph promoted = new Paragraph(getTranslation("change.promoted",
                    texts.day(booking.event().date(), getLocale()),
                    texts.slotTime(booking.event(), booking.slot(), getLocale())));
            promoted.setId("change-promoted");
            promoted.addClassName("signup-what");
            details.addComponentAsFirst(promoted);
        }
        if (placeSlipPrints != null) {
            add(placeSlipPrints);
        } else if (placeSlip) {
            actions.add(action("change-place-slip", "change.place-slip", ChangeFlow.Action.PRINT_PLACE_SLIP));
        }
        if (booking != null) {
            if (booking.cancellable()) {
                actions.add(action("change-cancel", "change.cancel", ChangeFlow.Action.CANCEL));
            }
            if (movable) {
                actions.add(action("change-move", "change.move", ChangeFlow.Action.MOVE));
            }
            if (!booking.cancellable()) {
                Paragraph not = new Paragraph(booking.signup().status() == SignupStatus.CANCELLED
                        ? getTranslation("change.already-cancelled")
                        : getTranslation("change.not-changeable", FinnishMobile.displayAny(booking.event().organiserPhone())));
                not.setId("change-not-changeable");
                add(not);
            }
        }
        add(actions, flowButtons());
    }

    /** The booking in a few lines: event, day and time, place, name, waitlist position. */
    static List<Paragraph> lines(Booking shown, SignupTexts texts, Locale locale) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(new Paragraph(CoordinatorsText.shown(shown.event().kind().name(), locale) + ": "
                + CoordinatorsText.shown(shown.event().title(), locale)));
        String when = texts.day(shown.event().date(), locale);
        if (shown.slot() != null && shown.signup().status() == SignupStatus.CONFIRMED) {
            when += ", " + texts.slotTime(shown.event(), shown.slot(), locale);
        }
        lines.add(new Paragraph(when));
        lines.add(new Paragraph(shown.event().place()));
        lines.add(new Paragraph(texts.t(locale, "change.booking.name", shown.signup().fullName())));
        if (shown.signup().status() == SignupStatus.WAITLISTED) {
            // nobody can call one with no phone: she is told again to check with her code
            lines.add(new Paragraph(texts.t(locale, shown.signup().phone() == null ? "signup.done.waitlist-no-phone"
                    : "signup.done.waitlist", shown.waitlistPosition())));
        }
        return lines;
    }

    private Button action(String id, String key, ChangeFlow.Action action) {
        Button button = new Button(getTranslation(key), click -> done(action));
        button.setId(id);
        button.addClassName("kiosk-button");
        return button;
    }
}
