package fi.palvelupiste.kiosk.printing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class PrintJobRepository {

    private static final String COLUMNS = "id, public_id, name, document, status, attempts, last_error, created_at, "
            + "updated_at, expires_at, printed_at, bytes_total, bytes_sent";

    private final JdbcClient jdbc;

    PrintJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(UUID publicId, String name, String document, OffsetDateTime now, OffsetDateTime expiresAt) {
        jdbc.sql("""
                INSERT INTO print_job (public_id, name, document, status, attempts, created_at, updated_at, expires_at)
                VALUES (:publicId, :name, :document, 'QUEUED', 0, :now, :now, :expiresAt)""")
                .param("publicId", publicId)
                .param("name", name)
                .param("document", document)
                .param("now", now)
                .param("expiresAt", expiresAt)
                .update();
        return jdbc.sql("SELECT id FROM print_job WHERE public_id = :publicId")
                .param("publicId", publicId).query(Long.class).single();
    }

    Optional<PrintJob> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM print_job WHERE id = :id")
                .param("id", id).query(PrintJobRepository::map).optional();
    }

    List<PrintJob> newest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM print_job ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit).query(PrintJobRepository::map).list();
    }

    /** The oldest job waiting for the printer: jobs print in the order they were made. */
    Optional<PrintJob> oldestQueued() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM print_job WHERE status = 'QUEUED' ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .query(PrintJobRepository::map).optional();
    }

    /** Claims a queued job for sending, with the size it goes out in; false when it is no longer queued. */
    boolean claim(long id, int bytesTotal, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE print_job SET status = 'SENDING', bytes_total = :bytes, bytes_sent = NULL, updated_at = :now
                WHERE id = :id AND status = 'QUEUED'""")
                .param("id", id).param("bytes", bytesTotal).param("now", now).update() == 1;
    }

    void markPrinted(long id, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE print_job SET status = 'PRINTED', bytes_sent = bytes_total, updated_at = :now, printed_at = :now
                WHERE id = :id AND status = 'SENDING'""")
                .param("id", id).param("now", now).update();
    }

    /**
     * A job being sent goes back to the queue untouched: the printer refused it before any byte went out. If a
     * screen meanwhile told the resident it would not come, it is held for staff instead.
     */
    void requeue(long id, String error, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE print_job SET status = CASE WHEN hold_requested THEN 'HELD' ELSE 'QUEUED' END,
                       attempts = attempts + 1, last_error = :error, bytes_sent = 0, updated_at = :now
                WHERE id = :id AND status = 'SENDING'""")
                .param("id", id).param("error", shortened(error)).param("now", now).update();
    }

    /** A job whose sending was cut off after {@code bytesSent} bytes: the slip may be partial. */
    void markIncomplete(long id, int bytesSent, String error, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE print_job SET status = 'INCOMPLETE', attempts = attempts + 1, bytes_sent = :sent,
                       last_error = :error, updated_at = :now
                WHERE id = :id AND status = 'SENDING'""")
                .param("id", id).param("sent", bytesSent).param("error", shortened(error)).param("now", now).update();
    }

    /** A job given up before sending (expired, cannot be encoded). */
    void markFailed(long id, String error, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE print_job SET status = 'FAILED', attempts = attempts + 1, last_error = :error, updated_at = :now
                WHERE id = :id AND status IN ('QUEUED', 'SENDING')""")
                .param("id", id).param("error", shortened(error)).param("now", now).update();
    }

    /**
     * Holds a job that has not printed, for staff: at once when it is waiting, or, when the worker is trying the
     * printer right now, as soon as the printer refuses it. False when it has already printed or failed.
     */
    boolean hold(long id, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE print_job SET hold_requested = TRUE, updated_at = :now,
                       status = CASE WHEN status = 'QUEUED' THEN 'HELD' ELSE status END,
                       last_error = COALESCE(last_error, 'the screen said the slip would not come')
                WHERE id = :id AND status IN ('QUEUED', 'SENDING')""")
                .param("id", id).param("now", now).update() == 1;
    }

    /**
     * Jobs left being sent by a crash or power cut: they may have printed whole or in part, so they are marked
     * incomplete and never sent again by themselves.
     */
    int markInterrupted(OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE print_job SET status = 'INCOMPLETE', updated_at = :now,
                       last_error = 'the kiosk stopped while this slip was being sent; it may be incomplete'
                WHERE status = 'SENDING'""")
                .param("now", now).update();
    }

    private static String shortened(String error) {
        return error.length() > 500 ? error.substring(0, 500) : error;
    }

    private static PrintJob map(ResultSet rs, int row) throws SQLException {
        return new PrintJob(
                rs.getLong("id"),
                rs.getObject("public_id", UUID.class),
                rs.getString("name"),
                rs.getString("document"),
                PrintJobStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("printed_at", OffsetDateTime.class),
                rs.getObject("bytes_total", Integer.class),
                rs.getObject("bytes_sent", Integer.class));
    }
}
