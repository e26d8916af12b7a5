package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.forms.SharedFormChanged;
import fi.palvelupiste.kiosk.ride.SharedRideChanged;
import fi.palvelupiste.kiosk.signup.SharedEventChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The hub's change log of what flows down (DESIGN.md §8): one row per record with the number of its latest change.
 * A number is taken from the one row of {@code sync_clock} with an UPDATE, in the transaction of the change: its lock
 * is held until commit, so numbers are handed out in commit order and a kiosk that has seen N has seen all up to N.
 * Coordinators' writes are few; they wait for each other only for the moment a commit takes.
 */
@HubOnly
@Component
class ChangeLog {

    static final String EVENT = "EVENT";
    static final String FORM = "FORM";
    static final String RIDE = "RIDE";

    /** One change: a record's kind and public id, and its number. */
    record Change(String kind, UUID publicId, long seq) {
    }

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs in the transaction that changed the event (a listener called by the publisher, not after commit). */
    @EventListener
    void eventChanged(SharedEventChanged changed) {
        record(EVENT, changed.eventPublicId());
    }

    /** Runs in the transaction that changed the ride, its stops or its sites. */
    @EventListener
    void rideChanged(SharedRideChanged changed) {
        record(RIDE, changed.ridePublicId());
    }

    /** Runs in the transaction that published the form's new version. */
    @EventListener
    void formChanged(SharedFormChanged changed) {
        record(FORM, changed.formPublicId());
    }

    void record(String kind, UUID publicId) {
        jdbc.sql("UPDATE sync_clock SET last_seq = last_seq + 1 WHERE id = 1").update();
        long seq = jdbc.sql("SELECT last_seq FROM sync_clock WHERE id = 1").query(Long.class).single();
        if (jdbc.sql("UPDATE sync_change SET seq = :seq WHERE kind = :kind AND public_id = :id")
                .param("seq", seq).param("kind", kind).param("id", publicId).update() == 0) {
            jdbc.sql("INSERT INTO sync_change (kind, public_id, seq) VALUES (:kind, :id, :seq)")
                    .param("seq", seq).param("kind", kind).param("id", publicId).update();
        }
    }

    /** Changes after {@code since}, oldest first, at most {@code max}. */
    List<Change> since(long since, int max) {
        return jdbc.sql("SELECT kind, public_id, seq FROM sync_change WHERE seq > :since ORDER BY seq FETCH FIRST :max ROWS ONLY")
                .param("since", since).param("max", max)
                .query((rs, row) -> new Change(rs.getString("kind"), rs.getObject("public_id", UUID.class),
                        rs.getLong("seq")))
                .list();
    }
}
