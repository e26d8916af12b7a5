package fi.palvelupiste.kiosk.signup;

import java.time.Duration;

/** The answer to "I have a reference code": found, not found, or wait before trying again. */
public sealed interface CodeLookup {

    record Found(Booking booking) implements CodeLookup {
    }

    /** The code belongs to a ride booked on its own, without a sign-up. */
    record RideFound(RideTicket ride) implements CodeLookup {
    }

    /**
     * @param otherSitesUnchecked sign-ups made at other sites could not be looked at: the kiosk is linked to a hub that
     *                            did not answer in time
     */
    record NotFound(boolean otherSitesUnchecked) implements CodeLookup {
    }

    /**
     * Made at another site for an event this kiosk does not offer: it is changed at that site's kiosk, or by the
     * organiser.
     */
    record MadeElsewhere(String siteName, String organiserPhone) implements CodeLookup {
    }

    /**
     * Too many wrong codes: the next try is possible after this long.
     *
     * @param deviceWide the device's limit (many wrong codes from this kiosk lately), not this resident's own tries
     */
    record Wait(Duration remaining, boolean deviceWide) implements CodeLookup {
    }
}
