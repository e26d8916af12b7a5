package fi.palvelupiste.kiosk.queue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class TicketRepository {

    private static final String COLUMNS = "t.id, t.public_id, t.queue_id, t.service_day, t.ticket_number, "
            + "t.display_number, t.status, t.created_at, t.print_job_id, t.priority, t.desk_id, t.called_at, "
            + "t.finished_at, t.call_count, t.language";
    /** The order a queue is served in: priority tickets first, then first come, first served. */
    private static final String SERVING_ORDER = "ORDER BY t.priority DESC, t.id";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Ticket insert(UUID publicId, long queueId, LocalDate day, int number, String displayNumber, boolean priority,
                  String language, OffsetDateTime now, long printJobId) {
        jdbc.sql("""
                INSERT INTO ticket (public_id, queue_id, service_day, ticket_number, display_number, priority, language,
                                    status, created_at, print_job_id)
                VALUES (:publicId, :queueId, :day, :number, :displayNumber, :priority, :language, 'WAITING', :now,
                        :job)""")
                .param("publicId", publicId).param("queueId", queueId).param("day", day).param("number", number)
                .param("displayNumber", displayNumber).param("priority", priority).param("language", language)
                .param("now", now).param("job", printJobId)
                .update();
        return findByPublicId(publicId).orElseThrow();
    }

    Optional<Ticket> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t WHERE t.id = :id")
                .param("id", id).query(TicketRepository::map).optional();
    }

    Optional<Ticket> findByPublicId(UUID publicId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t WHERE t.public_id = :publicId")
                .param("publicId", publicId).query(TicketRepository::map).optional();
    }

    /** A queue's waiting tickets of the day, in the order they will be called. */
    List<Ticket> waiting(long queueId, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t WHERE t.queue_id = :queueId AND t.service_day = :day "
                        + "AND t.status = 'WAITING' " + SERVING_ORDER)
                .param("queueId", queueId).param("day", day).query(TicketRepository::map).list();
    }

    /** The first few waiting tickets of the day in any queue, in serving order across queues. */
    List<Ticket> waitingInAnyQueue(LocalDate day, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t WHERE t.service_day = :day AND t.status = 'WAITING' "
                        + SERVING_ORDER + " FETCH FIRST :limit ROWS ONLY")
                .param("day", day).param("limit", limit).query(TicketRepository::map).list();
    }

    /**
     * Waiting tickets that will be called before the ticket with this id (ids grow with time; a ticket not yet
     * stored counts as the newest): priority tickets first, then the ones taken earlier.
     */
    int countAhead(long queueId, LocalDate day, long ticketId, boolean priority) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM ticket
                WHERE queue_id = :queueId AND service_day = :day AND status = 'WAITING'
                  AND ((priority AND NOT :priority) OR (priority = :priority AND id < :ticketId))""")
                .param("queueId", queueId).param("day", day).param("ticketId", ticketId).param("priority", priority)
                .query(Integer.class).single();
    }

    /** Marks a waiting ticket called to a desk; false when someone else called it first. */
    boolean claimForDesk(long ticketId, long deskId, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE ticket SET status = 'CALLED', desk_id = :desk, called_at = :now, call_count = call_count + 1
                WHERE id = :id AND status = 'WAITING'""")
                .param("id", ticketId).param("desk", deskId).param("now", now).update() == 1;
    }

    boolean recall(long ticketId, OffsetDateTime now) {
        return jdbc.sql("UPDATE ticket SET called_at = :now, call_count = call_count + 1 WHERE id = :id AND status = 'CALLED'")
                .param("id", ticketId).param("now", now).update() == 1;
    }

    boolean finish(long ticketId, TicketStatus status, OffsetDateTime now) {
        return jdbc.sql("UPDATE ticket SET status = :status, finished_at = :now WHERE id = :id AND status = 'CALLED'")
                .param("id", ticketId).param("status", status.name()).param("now", now).update() == 1;
    }

    boolean returnToQueue(long ticketId) {
        return jdbc.sql("UPDATE ticket SET status = 'WAITING', desk_id = NULL WHERE id = :id AND status = 'CALLED'")
                .param("id", ticketId).update() == 1;
    }

    /** Moves a waiting or called ticket to another queue, where it waits in its original place by time. */
    boolean transfer(long ticketId, long queueId) {
        return jdbc.sql("""
                UPDATE ticket SET queue_id = :queueId, status = 'WAITING', desk_id = NULL
                WHERE id = :id AND status IN ('WAITING', 'CALLED')""")
                .param("id", ticketId).param("queueId", queueId).update() == 1;
    }

    /** The ticket a desk is serving now, if any. */
    Optional<Ticket> calledAt(long deskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t WHERE t.desk_id = :desk AND t.status = 'CALLED' "
                        + "ORDER BY t.called_at DESC FETCH FIRST 1 ROWS ONLY")
                .param("desk", deskId).query(TicketRepository::map).optional();
    }

    /** The day's most recent calls with their desk, newest first, for the waiting-room display. */
    List<CalledTicket> recentCalls(LocalDate day, int limit) {
        return jdbc.sql("""
                SELECT t.id, t.display_number, d.name AS desk_name, t.called_at, t.call_count, t.status, t.language
                FROM ticket t JOIN desk d ON d.id = t.desk_id
                WHERE t.service_day = :day AND t.called_at IS NOT NULL AND t.status IN ('CALLED', 'SERVED')
                ORDER BY t.called_at DESC FETCH FIRST :limit ROWS ONLY""")
                .param("day", day).param("limit", limit)
                .query((rs, row) -> new CalledTicket(rs.getLong("id"), rs.getString("display_number"),
                        rs.getString("desk_name"), rs.getObject("called_at", OffsetDateTime.class),
                        rs.getInt("call_count"), TicketStatus.valueOf(rs.getString("status")),
                        rs.getString("language")))
                .list();
    }

    /** How long the most recent served tickets of a queue took at the desk. */
    List<Duration> recentServiceTimes(long queueId, int limit) {
        return jdbc.sql("""
                SELECT called_at, finished_at FROM ticket
                WHERE queue_id = :queueId AND status = 'SERVED' AND called_at IS NOT NULL AND finished_at IS NOT NULL
                ORDER BY finished_at DESC FETCH FIRST :limit ROWS ONLY""")
                .param("queueId", queueId).param("limit", limit)
                .query((rs, row) -> Duration.between(rs.getObject("called_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class)))
                .list();
    }

    void recordEvent(long ticketId, String action, String actor, Long deskId, String detail, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO ticket_event (ticket_id, action, actor, desk_id, detail, at)
                VALUES (:ticket, :action, :actor, :desk, :detail, :now)""")
                .param("ticket", ticketId).param("action", action).param("actor", actor).param("desk", deskId)
                .param("detail", detail).param("now", now).update();
    }

    List<String> events(long ticketId) {
        return jdbc.sql("SELECT action, actor FROM ticket_event WHERE ticket_id = :id ORDER BY id")
                .param("id", ticketId).query((rs, row) -> rs.getString("action") + " by " + rs.getString("actor"))
                .list();
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
                rs.getObject("print_job_id", Long.class),
                rs.getBoolean("priority"),
                rs.getObject("desk_id", Long.class),
                rs.getObject("called_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getInt("call_count"),
                rs.getString("language"));
    }
}
