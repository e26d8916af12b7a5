package fi.palvelupiste.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests can move forward, e.g. past midnight. It keeps ticking with real time unless made fixed. */
public final class MutableClock extends Clock {

    private final Instant fixedAt;
    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    private MutableClock(Instant fixedAt, ZoneId zone) {
        this.fixedAt = fixedAt;
        this.zone = zone;
    }

    /** Real time, movable. */
    public static MutableClock ticking(ZoneId zone) {
        return new MutableClock(null, zone);
    }

    /** Stands still at the given instant until moved. */
    public static MutableClock fixed(Instant at, ZoneId zone) {
        return new MutableClock(at, zone);
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        MutableClock copy = new MutableClock(fixedAt, newZone);
        copy.offset = offset;
        return copy;
    }

    @Override
    public Instant instant() {
        return (fixedAt == null ? Instant.now() : fixedAt).plus(offset);
    }
}
