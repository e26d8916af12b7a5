package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.forms.FormCopy;
import fi.palvelupiste.kiosk.forms.FormPrintsRecord;
import fi.palvelupiste.kiosk.photoday.WalkInRecord;
import fi.palvelupiste.kiosk.queue.QueueDayRecord;
import fi.palvelupiste.kiosk.ride.RideBookingRecord;
import fi.palvelupiste.kiosk.ride.RideCopy;
import fi.palvelupiste.kiosk.signup.ChangeRequest;
import fi.palvelupiste.kiosk.signup.EventCopy;
import fi.palvelupiste.kiosk.signup.HeldElsewhere;
import fi.palvelupiste.kiosk.signup.SignupRecord;
import fi.palvelupiste.kiosk.sync.Grant;
import fi.palvelupiste.kiosk.sync.Returned;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON bodies of the sync API, shared by the hub (which answers) and the kiosk (which asks). */
final class SyncMessages {

    static final String BASE = "/api/sync";
    static final String ENROL = BASE + "/enrol";
    static final String HELLO = BASE + "/hello";
    static final String DOWN = BASE + "/down";
    static final String UP = BASE + "/up";
    static final String PLACES = BASE + "/places";
    static final String BOOKING = BASE + "/booking";
    static final String CHANGE = BASE + "/change";

    private SyncMessages() {
    }

    record EnrolRequest(@Nullable String code, @Nullable String appVersion) {
    }

    record EnrolResponse(String siteId, String siteName, String municipality, String deviceToken) {
        @Override
        public String toString() {
            return "EnrolResponse[" + siteId + "]";
        }
    }

    /**
     * @param kioskTime     the kiosk's clock when it sent this, for the fleet view's clock difference
     * @param printer       the printer's state as the kiosk last saw it (READY, PAPER_OUT, OFFLINE …)
     * @param peopleWaiting how many tickets of today wait in the kiosk's queues
     * @param outboxBacklog how many records wait in its outbox for the hub
     * @param refused       how many records the hub has refused to store, all time
     */
    record HelloRequest(@Nullable String appVersion, @Nullable Instant kioskTime, @Nullable String printer,
                        @Nullable Integer peopleWaiting, @Nullable Integer outboxBacklog, @Nullable Integer refused) {
    }

    /** @param newToken a new device token to use from now on, when the hub rotated it */
    record HelloResponse(String siteId, String siteName, Instant hubTime, @Nullable String newToken) {
        @Override
        public String toString() {
            return "HelloResponse[" + siteId + "]";
        }
    }

    /** @param since the last change number the kiosk applied */
    record DownRequest(long since) {
    }

    /**
     * What changed for the kiosk's site after {@code since}, up to {@code mark}; {@code more} when there is more after
     * it. The site's grants come with every answer.
     *
     * @param withdrawn      events no longer offered at the site (the kiosk closes their sign-up)
     * @param rides          rides offered at the site, with their stops (a ride to an event comes with its event)
     * @param withdrawnRides rides no longer offered at the site (the kiosk takes no more bookings of them)
     * @param forms          forms and information sheets with a newly published version (every site gets them)
     * @param changes        changes to the site's sign-ups asked for elsewhere, until its kiosk has taken them
     */
    record DownResponse(long mark, List<EventCopy> events, List<UUID> withdrawn, List<RideCopy> rides,
                        List<UUID> withdrawnRides, List<Grant> grants, List<FormCopy> forms,
                        @Nullable List<ChangeRequest> changes, boolean more) {
    }

    /**
     * @param rides        bookings of hub rides
     * @param returned     per pool, the places the kiosk has given back, all time
     * @param queueDays    queue day statistics, each day's latest count
     * @param formPrints   form print counts per form, day and language, each with its latest total
     * @param changesTaken the hub's changes to its sign-ups that the kiosk has taken
     * @param walkIns      walk-in numbers of hub events' photo days, each with its latest state
     */
    record UpRequest(@Nullable List<SignupRecord> signups, @Nullable List<RideBookingRecord> rides,
                     @Nullable List<Returned> returned, @Nullable List<QueueDayRecord> queueDays,
                     @Nullable List<FormPrintsRecord> formPrints, @Nullable List<UUID> changesTaken,
                     @Nullable List<WalkInRecord> walkIns) {
    }

    /**
     * @param stored  how many of the states were new to the hub
     * @param refused sign-ups, ride bookings and walk-in numbers the hub could not store (their event, time or ride is
     *                not on the hub), counts it holds for another site
     */
    record UpResponse(int stored, @Nullable List<UUID> refused) {
    }

    /** @param kind the pool's kind, e.g. SLOT */
    record PlacesRequest(@Nullable String kind, @Nullable UUID pool, int places) {
    }

    /** A resident at the kiosk typed a code not made there: the sign-up made at another site, if any. */
    record BookingRequest(@Nullable String code, @Nullable String surnameStart) {
    }

    /** @param booking null when there is none */
    record BookingResponse(@Nullable HeldElsewhere booking) {
    }

    /** @param code the reference code the resident typed: their right to change the sign-up */
    /** @param returned what the kiosk has given back of the new time's pool, when it gave a place of its own for a move */
    record ChangeCall(@Nullable ChangeRequest request, @Nullable String code, @Nullable List<Returned> returned) {
    }

    /** Why a request was refused, for the kiosk's admin: a stable word, not a sentence. */
    record Problem(String problem) {
    }
}
