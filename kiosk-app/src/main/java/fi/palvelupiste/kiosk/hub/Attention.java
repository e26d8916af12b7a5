package fi.palvelupiste.kiosk.hub;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Why a kiosk needs someone's attention, for the hub's fleet view; worst first. Judged on the hub's clock only (a
 * Pi's clock may be wrong: that is one of the reasons).
 */
public enum Attention {
    /** No contact for longer than {@code kiosk.hub.offline-after}: no network, no power, or the app is down. */
    OFFLINE,
    /** The printer has no paper: residents get no slips. */
    PAPER_OUT,
    /** The printer is off, unplugged or its cover is open. */
    PRINTER_DOWN,
    /**
     * What the kiosk has to send grew from one contact to the next: it reaches the hub but its records do not get
     * through (the hub refuses one, or its answers are lost), so the hub's lists miss its sign-ups.
     */
    BACKLOG,
    /**
     * The hub refused to store some of the kiosk's sign-ups (their event or time is not on the hub, e.g. after a
     * restore from an old backup): the hub's lists miss them; they are on the kiosk's own lists.
     */
    REFUSED,
    /** The paper is running out. */
    PAPER_LOW,
    /** The kiosk's clock is more than two minutes off: its slips show the wrong time. */
    CLOCK;

    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    /** What is wrong with this kiosk now; nothing for a revoked one, which is no longer in use. */
    public static Set<Attention> of(Device device, OffsetDateTime now, Duration offlineAfter) {
        Set<Attention> reasons = EnumSet.noneOf(Attention.class);
        if (device.revoked()) {
            return reasons;
        }
        if (device.lastContactAt() == null || device.lastContactAt().plus(offlineAfter).isBefore(now)) {
            reasons.add(OFFLINE);
        }
        String printer = device.printerState() == null ? "" : device.printerState();
        switch (printer) {
            case "PAPER_OUT" -> reasons.add(PAPER_OUT);
            case "OFFLINE", "DISCONNECTED", "COVER_OPEN" -> reasons.add(PRINTER_DOWN);
            case "PAPER_NEAR_END" -> reasons.add(PAPER_LOW);
            default -> {
                // READY, UNKNOWN (a model that never tells) or not reported
            }
        }
        if (device.outboxBacklog() != null && device.backlogBefore() != null && device.backlogBefore() > 0
                && device.outboxBacklog() > device.backlogBefore()) {
            reasons.add(BACKLOG);
        }
        if (device.refusedRecords() != null && device.refusedRecords() > 0) {
            reasons.add(REFUSED);
        }
        if (device.clockOffsetMillis() != null
                && Math.abs(device.clockOffsetMillis()) > CLOCK_TOLERANCE.toMillis()) {
            reasons.add(CLOCK);
        }
        return reasons;
    }
}
