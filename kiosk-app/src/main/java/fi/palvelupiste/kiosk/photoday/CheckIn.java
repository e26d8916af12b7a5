package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.signup.CodeLookup;
import fi.palvelupiste.kiosk.signup.SignupEvent;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/** The answer to a resident's check-in with the reference code. */
public sealed interface CheckIn {

    /**
     * Checked in (or already was).
     *
     * @param before     people to be photographed before them, the one being photographed now included
     * @param expectedAt roughly when they will be called
     */
    record CheckedIn(SignupEvent event, Attendee attendee, int before, ZonedDateTime expectedAt) implements CheckIn {
    }

    /** The code is for another event or day (the booking is not for today's photo day here). */
    record OtherDay(SignupEvent event) implements CheckIn {
    }

    /**
     * A booking for a photo day held here today, made at another site's kiosk (a hub event offered at both): it is
     * found through the hub, but the line here holds only this kiosk's own sign-ups, so it cannot join it.
     *
     * @param event        today's photo day here
     * @param siteName     where the booking was made
     * @param slotStartsAt the booked time
     */
    record MadeElsewhere(SignupEvent event, String siteName, LocalTime slotStartsAt) implements CheckIn {
    }

    /** On the waitlist or cancelled: there is no place to check in to; staff can help. */
    record NoPlace() implements CheckIn {
    }

    /** Already photographed today. */
    record AlreadyPhotographed() implements CheckIn {
    }

    /** Not found, made elsewhere, or too many tries: the code lookup's own answer. */
    record NotFound(CodeLookup lookup) implements CheckIn {
    }
}
