package fi.palvelupiste.kiosk.signup;

import java.time.Duration;

/** The answer to "I have a reference code": found, not found, or wait before trying again. */
public sealed interface CodeLookup {

    record Found(Booking booking) implements CodeLookup {
    }

    /** The code belongs to a ride booked on its own, without a sign-up. */
    record RideFound(RideTicket ride) implements CodeLookup {
    }

    record NotFound() implements CodeLookup {
    }

    /** Too many wrong codes from this screen: the next try is possible after this long. */
    record Wait(Duration remaining) implements CodeLookup {
    }
}
