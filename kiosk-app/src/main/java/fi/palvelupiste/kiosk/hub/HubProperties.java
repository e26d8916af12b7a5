package fi.palvelupiste.kiosk.hub;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * Settings of the hub and of a kiosk's link to it ({@code kiosk.hub.*}).
 *
 * @param publicUrl         on the hub: the address kiosks are given with an enrolment code (https://hub.example.fi)
 * @param enrolmentValidFor on the hub: how long a one-time enrolment code can be used
 * @param contactInterval   on a kiosk: how often it reports to its hub
 * @param timeout           on a kiosk: how long one call to the hub may take before the kiosk goes on without it
 * @param maxRequestBytes   on the hub: the largest sync request accepted (larger ones get 413 and change nothing)
 * @param offlineAfter      on the hub: a kiosk not heard from for this long is shown as offline, first
 * @param standingPlaces    on the hub: places of each slot of a hub event a site is kept topped up with, beyond those
 *                          its residents took (what its kiosk can confirm offline), as far as the pool has them
 * @param pushInterval      on a kiosk: how often it looks for sign-ups to send up (the hub gets one within this, while
 *                          online); after a failed try the next waits twice as long, up to the contact interval
 * @param batchSize         on a kiosk: the most records one sync call carries
 */
@Validated
@ConfigurationProperties("kiosk.hub")
public record HubProperties(
        @Nullable URI publicUrl,
        @NotNull @DefaultValue("7d") Duration enrolmentValidFor,
        @NotNull @DefaultValue("60s") Duration contactInterval,
        @NotNull @DefaultValue("5s") Duration timeout,
        @Min(1024) @DefaultValue("1048576") int maxRequestBytes,
        @NotNull @DefaultValue("2h") Duration offlineAfter,
        @Min(0) @DefaultValue("1") int standingPlaces,
        @NotNull @DefaultValue("2s") Duration pushInterval,
        @Min(1) @DefaultValue("200") int batchSize) {
}
