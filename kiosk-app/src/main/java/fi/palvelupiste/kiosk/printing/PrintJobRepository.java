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
            + "updated_at, expires_at, printed_at";

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

    /** Claims a queued job for sending; false when it is no longer queued. */
    boolean claim(long id, OffsetDateTime now) {
        return jdbc.sql("UPDATE print_job SET status = 'SENDING', updated_at = :now WHERE id = :id AND status = 'QUEUED'")
                .param("id", id).param("now", now).update() == 1;
    }

    void markPrinted(long id, OffsetDateTime now) {
        jdbc.sql("UPDATE print_job SET status = 'DONE', updated_at = :now, printed_at = :now WHERE id = :id")
                .param("id", id).param("now", now).update();
    }

    void recordFailure(long id, PrintJobStatus newStatus, String error, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE print_job SET status = :status, attempts = attempts + 1, last_error = :error, updated_at = :now
                WHERE id = :id""")
                .param("id", id).param("status", newStatus.name())
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("now", now)
                .update();
    }

    /** Jobs left half-sent by a crash or power cut: they may have printed, so they are not sent again. */
    int failInterrupted(OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE print_job SET status = 'FAILED', updated_at = :now,
                       last_error = 'interrupted by a restart; not printed again automatically'
                WHERE status = 'SENDING'""")
                .param("now", now).update();
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
                rs.getObject("printed_at", OffsetDateTime.class));
    }
}
