package fi.palvelupiste.kiosk.queue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@Repository
class TicketRepository {

    private static final String COLUMNS = "id, public_id, queue_id, service_day, ticket_number, display_number, status, "
            + "created_at, print_job_id";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Ticket insert(UUID publicId, long queueId, LocalDate day, int number, String displayNumber, String language,
                  OffsetDateTime now, long printJobId) {
        jdbc.sql("""
                INSERT INTO ticket (public_id, queue_id, service_day, ticket_number, display_number, language, status,
                                    created_at, print_job_id)
                VALUES (:publicId, :queueId, :day, :number, :displayNumber, :language, 'WAITING', :now, :job)""")
                .param("publicId", publicId).param("queueId", queueId).param("day", day).param("number", number)
                .param("displayNumber", displayNumber).param("language", language).param("now", now)
                .param("job", printJobId)
                .update();
        return findByPublicId(publicId).orElseThrow();
    }

    Optional<Ticket> findByPublicId(UUID publicId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket WHERE public_id = :publicId")
                .param("publicId", publicId).query(TicketRepository::map).optional();
    }

    /** Waiting tickets of the same queue and day that were taken before this one. */
    int countWaitingBefore(long queueId, LocalDate day, int number) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM ticket
                WHERE queue_id = :queueId AND service_day = :day AND ticket_number < :number AND status = 'WAITING'""")
                .param("queueId", queueId).param("day", day).param("number", number)
                .query(Integer.class).single();
    }

    private static Ticket map(ResultSet rs, int row) throws SQLException {
        return new Ticket(
                rs.getLong("id"),
                rs.getObject("public_id", UUID.class),
                rs.getLong("queue_id"),
                rs.getObject("service_day", LocalDate.class),
                rs.getInt("ticket_number"),
                rs.getString("display_number"),
                TicketStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("print_job_id", Long.class));
    }
}
