package fi.palvelupiste.kiosk.kiosk;

import fi.palvelupiste.kiosk.security.KioskDevices;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * When the kiosk's own screen last showed signs of life. Its page sends a heartbeat every
 * {@link #INTERVAL} through Vaadin, so a white page (crashed renderer), a frozen page or a page that lost the
 * server stops beating while the app itself is fine; provisioning's watchdog reads the age at
 * {@code GET /kiosk/heartbeat} and restarts the browser. Only the kiosk's own browser counts when its addresses
 * are configured ({@code kiosk.security.kiosk-addresses}); a staff PC showing a resident page does not.
 */
@Component
public class ScreenHeartbeat {

    /** How often the page beats. */
    public static final Duration INTERVAL = Duration.ofSeconds(10);

    private final Predicate<String> counts;
    private final LongSupplier nanoTime;
    private volatile long lastBeat;
    private volatile boolean beaten;

    @Autowired
    ScreenHeartbeat(KioskDevices devices) {
        this(address -> !devices.anyConfigured() || devices.isKioskDevice(address), System::nanoTime);
    }

    ScreenHeartbeat(Predicate<String> counts, LongSupplier nanoTime) {
        this.counts = counts;
        this.nanoTime = nanoTime;
    }

    /** A beat from a browser at this address. */
    public void beat(@Nullable String remoteAddress) {
        if (counts.test(remoteAddress)) {
            lastBeat = nanoTime.getAsLong();
            beaten = true;
        }
    }

    /** Whole seconds since the last beat, or -1 when none came since the app started (monotonic, not wall clock). */
    public long ageSeconds() {
        return beaten ? Duration.ofNanos(nanoTime.getAsLong() - lastBeat).toSeconds() : -1;
    }
}
