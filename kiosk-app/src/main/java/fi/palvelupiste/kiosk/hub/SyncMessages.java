package fi.palvelupiste.kiosk.hub;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The JSON bodies of the sync API, shared by the hub (which answers) and the kiosk (which asks). */
final class SyncMessages {

    static final String BASE = "/api/sync";
    static final String ENROL = BASE + "/enrol";
    static final String HELLO = BASE + "/hello";

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
     */
    record HelloRequest(@Nullable String appVersion, @Nullable Instant kioskTime, @Nullable String printer,
                        @Nullable Integer peopleWaiting) {
    }

    /** @param newToken a new device token to use from now on, when the hub rotated it */
    record HelloResponse(String siteId, String siteName, Instant hubTime, @Nullable String newToken) {
        @Override
        public String toString() {
            return "HelloResponse[" + siteId + "]";
        }
    }

    /** Why a request was refused, for the kiosk's admin: a stable word, not a sentence. */
    record Problem(String problem) {
    }
}
