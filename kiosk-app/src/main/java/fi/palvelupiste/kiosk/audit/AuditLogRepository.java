package fi.palvelupiste.kiosk.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

@Repository
class AuditLogRepository {

    private final JdbcClient jdbc;

    AuditLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OffsetDateTime at, String who, String what) {
        jdbc.sql("INSERT INTO audit_log (at, actor, what) VALUES (:at, :who, :what)")
                .param("at", at).param("who", who).param("what", what).update();
    }

    List<AuditEntry> newest(int limit) {
        return jdbc.sql("SELECT id, at, actor, what FROM audit_log ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("what")))
                .list();
    }
}
