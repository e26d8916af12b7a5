package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/** Queues a sign-up's slip (confirmation, waitlist, change, cancellation, reprint) and remembers it with the sign-up. */
@Component
class SignupSlipPrinter {

    /** A slip is worth printing only while the resident is still at the kiosk; staff can reprint. */
    static final Duration SLIP_PRINT_VALIDITY = Duration.ofMinutes(3);

    private final EventRepository events;
    private final SignupRepository signups;
    private final SignupSlip slip;
    private final PrintJobPrivacy printing;

    SignupSlipPrinter(EventRepository events, SignupRepository signups, SignupSlip slip, PrintJobPrivacy printing) {
        this.events = events;
        this.signups = signups;
        this.slip = slip;
        this.printing = printing;
    }

    Booked printed(SignupSlip.Purpose purpose, SignupEvent event, Signup signup, Locale locale) {
        Slot slot = signup.slotId() == null ? null : events.slot(signup.slotId()).orElse(null);
        int position = signup.status() == SignupStatus.WAITLISTED ? signups.waitlistPosition(signup) : 0;
        Booked booked = enqueue(purpose, event, signup, slot, position, locale);
        signups.addSlip(signup.id(), booked.printJobId(), purpose.name());
        return booked;
    }

    /**
     * The slip of a booking made at another site and changed here through the hub: printed here, kept with the
     * event's paper (its retention deletes it), not linked to a sign-up this kiosk does not have.
     */
    Booked printed(SignupSlip.Purpose purpose, Booking booking, Locale locale) {
        if (!booking.elsewhere()) {
            return printed(purpose, booking.event(), booking.signup(), locale);
        }
        return enqueue(purpose, booking.event(), booking.signup(), booking.slot(), booking.waitlistPosition(), locale);
    }

    private Booked enqueue(SignupSlip.Purpose purpose, SignupEvent event, Signup signup, Slot slot, int position,
                           Locale locale) {
        long jobId = printing.enqueue(PrintJobOwner.event(event.id()), false, "signup-" + signup.referenceCode(),
                slip.build(purpose, event, signup, slot, position, locale), SLIP_PRINT_VALIDITY);
        return new Booked(signup, slot, position, jobId);
    }
}
