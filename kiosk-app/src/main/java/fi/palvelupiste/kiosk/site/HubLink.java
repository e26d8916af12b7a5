package fi.palvelupiste.kiosk.site;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * The kiosk's link to its hub.
 *
 * @param hubUrl        the hub's address (https, or http on loopback)
 * @param siteId        the site this kiosk belongs to on the hub
 * @param siteName      the site's name on the hub, shown to the admin
 * @param deviceToken   the kiosk's secret towards the hub; never logged or shown
 * @param linkedAt      when the link was made
 * @param lastContactAt the last time the hub answered
 * @param refusedAt     when the hub last refused the token (revoked), if it did
 * @param lastProblem   why the last contact failed, for the admin
 * @param downMark      the last number of the hub's change log this kiosk has applied
 */
public record HubLink(URI hubUrl, String siteId, String siteName, String deviceToken, OffsetDateTime linkedAt,
                      @Nullable OffsetDateTime lastContactAt, @Nullable OffsetDateTime refusedAt,
                      @Nullable String lastProblem, long downMark) {

    /** Whether the hub has refused this kiosk's token: it was revoked, and the kiosk must be enrolled again. */
    public boolean refused() {
        return refusedAt != null;
    }

    @Override
    public String toString() {
        return "HubLink[" + hubUrl + ", site " + siteId + "]";
    }
}
