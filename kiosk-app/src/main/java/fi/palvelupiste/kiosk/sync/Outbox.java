package fi.palvelupiste.kiosk.sync;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.UUID;

/**
 * A kiosk's outbox (DESIGN.md §8): a row is written in the same transaction as every change to a record that goes up
 * to the hub, and goes when the hub has acknowledged it, so the hub gets every state that was committed, after any
 * crash. A row's number orders its record's states; the hub keeps a state only if it is newer than the one it has.
 */
@Service
public class Outbox {

    /**
     * What to send next of one kind: each record once, with the number of its latest row, in the order of their first
     * rows (a record that refers to another comes after it).
     *
     * @param upTo the last row covered: acknowledging it removes them all
     */
    public record Pending(SequencedMap<UUID, Long> versions, long upTo) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction: the row commits with the change, or neither does. */
    public void add(String kind, UUID publicId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO sync_outbox (kind, public_id, created_at) VALUES (:kind, :id, :now)")
                .param("kind", kind).param("id", publicId).param("now", now).update();
    }

    /** The oldest {@code max} rows of a kind; empty when there are none. */
    @Transactional(readOnly = true)
    public Optional<Pending> next(String kind, int max) {
        List<Map.Entry<UUID, Long>> rows = jdbc.sql(
                        "SELECT id, public_id FROM sync_outbox WHERE kind = :kind ORDER BY id FETCH FIRST :max ROWS ONLY")
                .param("kind", kind).param("max", max)
                .query((rs, row) -> Map.entry(rs.getObject("public_id", UUID.class), rs.getLong("id")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        SequencedMap<UUID, Long> versions = new LinkedHashMap<>();
        rows.forEach(row -> versions.merge(row.getKey(), row.getValue(), Math::max));
        return Optional.of(new Pending(versions, rows.getLast().getValue()));
    }

    /**
     * The hub has taken the rows of a kind up to {@code upTo}: they go. What it refused is noted, for the kiosk's admin
     * and the fleet; the records themselves stay here.
     */
    @Transactional
    public void acknowledged(String kind, long upTo, List<UUID> refused) {
        for (UUID publicId : refused) {
            jdbc.sql("""
                    INSERT INTO sync_refused (kind, public_id, refused_at)
                    SELECT :kind, :id, CURRENT_TIMESTAMP FROM (VALUES (1)) one
                    WHERE NOT EXISTS (SELECT 1 FROM sync_refused WHERE kind = :kind AND public_id = :id)""")
                    .param("kind", kind).param("id", publicId).update();
        }
        jdbc.sql("DELETE FROM sync_outbox WHERE kind = :kind AND id <= :upTo")
                .param("kind", kind).param("upTo", upTo).update();
    }

    /** Rows not yet acknowledged by the hub, of every kind: the fleet view's backlog. */
    @Transactional(readOnly = true)
    public int size() {
        return jdbc.sql("SELECT COUNT(*) FROM sync_outbox").query(Integer.class).single();
    }

    /** How many records the hub has refused to store, all time. */
    @Transactional(readOnly = true)
    public int refused() {
        return jdbc.sql("SELECT COUNT(*) FROM sync_refused").query(Integer.class).single();
    }
}
