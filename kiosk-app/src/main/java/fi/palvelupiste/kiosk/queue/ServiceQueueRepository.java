package fi.palvelupiste.kiosk.queue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Repository
class ServiceQueueRepository {

    private static final String COLUMNS = "id, prefix, name_fi, name_sv, name_en, hint_fi, hint_sv, hint_en, is_open, "
            + "sort_order";

    private final JdbcClient jdbc;

    ServiceQueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServiceQueue> findOpen() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_queue WHERE is_open ORDER BY sort_order, prefix")
                .query(ServiceQueueRepository::map).list();
    }

    Optional<ServiceQueue> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_queue WHERE id = :id")
                .param("id", id).query(ServiceQueueRepository::map).optional();
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
                rs.getString("name_fi"),
                rs.getString("name_sv"),
                rs.getString("name_en"),
                rs.getString("hint_fi"),
                rs.getString("hint_sv"),
                rs.getString("hint_en"),
                rs.getBoolean("is_open"),
                rs.getInt("sort_order"));
    }
}
