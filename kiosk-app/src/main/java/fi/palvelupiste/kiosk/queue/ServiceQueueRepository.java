package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.i18n.LocalizedColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

@Repository
class ServiceQueueRepository {

    private static final String COLUMNS = "id, prefix, " + LocalizedColumns.names("name") + ", "
            + LocalizedColumns.names("hint") + ", is_open, sort_order, offers_priority, opens_at, closes_at, paused_on";

    private final JdbcClient jdbc;

    ServiceQueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServiceQueue> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_queue ORDER BY sort_order, prefix")
                .query(ServiceQueueRepository::map).list();
    }

    Optional<ServiceQueue> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_queue WHERE id = :id")
                .param("id", id).query(ServiceQueueRepository::map).optional();
    }

    /** Saves names, hours and switches; a new queue (id 0) is inserted. Returns the id. */
    long save(ServiceQueue queue) {
        var statement = queue.id() == 0
                ? jdbc.sql("INSERT INTO service_queue (prefix, " + LocalizedColumns.names("name") + ", "
                        + LocalizedColumns.names("hint") + ", is_open, sort_order, offers_priority, opens_at, closes_at)"
                        + " VALUES (:prefix, " + LocalizedColumns.placeholders("name") + ", "
                        + LocalizedColumns.placeholders("hint") + ", :open, :sortOrder, :offersPriority, :opensAt, :closesAt)")
                : jdbc.sql("UPDATE service_queue SET prefix = :prefix, " + LocalizedColumns.assignments("name") + ", "
                        + LocalizedColumns.assignments("hint") + ", is_open = :open, sort_order = :sortOrder,"
                        + " offers_priority = :offersPriority, opens_at = :opensAt, closes_at = :closesAt"
                        + " WHERE id = :id").param("id", queue.id());
        statement.param("prefix", queue.prefix()).params(LocalizedColumns.parameters("name", queue.name()))
                .params(LocalizedColumns.parameters("hint", queue.hint()))
                .param("open", queue.open()).param("sortOrder", queue.sortOrder())
                .param("offersPriority", queue.offersPriority()).param("opensAt", queue.opensAt())
                .param("closesAt", queue.closesAt())
                .update();
        return queue.id() != 0 ? queue.id() : jdbc.sql("SELECT id FROM service_queue WHERE prefix = :prefix")
                .param("prefix", queue.prefix()).query(Long.class).single();
    }

    void setPausedOn(long id, LocalDate day) {
        jdbc.sql("UPDATE service_queue SET paused_on = :day WHERE id = :id").param("id", id).param("day", day).update();
    }

    /**
     * Takes the next number of the day for a queue. One UPDATE on the queue's own row: the database's row lock
     * makes concurrent takers wait for each other, and the first ticket of a new day starts again from 1.
     */
    int nextNumber(long queueId, LocalDate day) {
        int updated = jdbc.sql("""
                UPDATE service_queue
                SET last_number = CASE WHEN counter_day = :day THEN last_number + 1 ELSE 1 END, counter_day = :day
                WHERE id = :id""")
                .param("id", queueId).param("day", day).update();
        if (updated != 1) {
            throw new IllegalArgumentException("no queue with id " + queueId);
        }
        return jdbc.sql("SELECT last_number FROM service_queue WHERE id = :id")
                .param("id", queueId).query(Integer.class).single();
    }

    private static ServiceQueue map(ResultSet rs, int row) throws SQLException {
        return new ServiceQueue(
                rs.getLong("id"),
                rs.getString("prefix"),
                LocalizedColumns.read(rs, "name"),
                LocalizedColumns.read(rs, "hint"),
                rs.getBoolean("is_open"),
                rs.getInt("sort_order"),
                rs.getBoolean("offers_priority"),
                rs.getObject("opens_at", LocalTime.class),
                rs.getObject("closes_at", LocalTime.class),
                rs.getObject("paused_on", LocalDate.class));
    }
}
