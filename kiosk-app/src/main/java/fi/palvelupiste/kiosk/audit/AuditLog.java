package fi.palvelupiste.kiosk.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes down every look at personal data (a list viewed, printed or exported, a booking searched for) with who
 * and when. Entries say what was looked at ("photographer list of event 12"), never the data itself.
 */
@Service
public class AuditLog {

    private static final int MAX_WHO = 60;
    private static final int MAX_WHAT = 500;

    private final AuditLogRepository entries;
    private final Clock clock;

    AuditLog(AuditLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records one access. Joins the caller's transaction when there is one, so an access that fails is not logged
     * as done, and an export that is logged is one that happened.
     *
     * @param who  the logged-in user's name ("anonymous" must not happen: pages with personal data need a log-in)
     * @param what what was viewed, printed or exported, in plain words
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String who, String what) {
        entries.insert(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                cut(who == null || who.isBlank() ? "unknown" : who.strip(), MAX_WHO), cut(what, MAX_WHAT));
    }

    /** Records what a staff member did; what the kiosk does on a resident's behalf is not an access to record. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Actor who, String what) {
        if (who.audited()) {
            record(who.name(), what);
        }
    }

    /** The newest entries first. */
    public List<AuditEntry> newest(int limit) {
        return entries.newest(limit);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
