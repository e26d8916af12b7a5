package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sites, enrolment codes and devices on the hub. */
@HubOnly
@Repository
class HubRepository {

    private static final String DEVICE_COLUMNS = "id, public_id, site_id, enrolled_at, revoked_at, last_contact_at, "
            + "app_version, clock_offset_ms, rotation_asked_at, printer_state, people_waiting, outbox_backlog, "
            + "outbox_backlog_before, refused_records";

    private final JdbcClient jdbc;

    HubRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertSite(String id, String name, String municipality, String by, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO hub_site (id, name, municipality, created_at, created_by)
                VALUES (:id, :name, :municipality, :now, :by)""")
                .param("id", id).param("name", name).param("municipality", municipality).param("now", now)
                .param("by", by).update();
    }

    int updateSite(String id, String name, String municipality) {
        return jdbc.sql("UPDATE hub_site SET name = :name, municipality = :municipality WHERE id = :id")
                .param("id", id).param("name", name).param("municipality", municipality).update();
    }

    List<Site> sites() {
        return jdbc.sql("SELECT id, name, municipality, created_at FROM hub_site ORDER BY municipality, name")
                .query(HubRepository::site).list();
    }

    Optional<Site> site(String id) {
        return jdbc.sql("SELECT id, name, municipality, created_at FROM hub_site WHERE id = :id").param("id", id)
                .query(HubRepository::site).optional();
    }

    void insertCode(String hash, String siteId, String by, OffsetDateTime now, OffsetDateTime expires) {
        jdbc.sql("""
                INSERT INTO hub_enrolment (code_hash, site_id, created_at, created_by, expires_at)
                VALUES (:hash, :site, :now, :by, :expires)""")
                .param("hash", hash).param("site", siteId).param("now", now).param("by", by)
                .param("expires", expires).update();
    }

    /** Uses up a code that is still valid, in one statement; the site it enrols to. */
    Optional<String> useCode(String hash, OffsetDateTime now) {
        Optional<String> site = jdbc.sql("""
                SELECT site_id FROM hub_enrolment
                WHERE code_hash = :hash AND used_at IS NULL AND expires_at > :now FOR UPDATE""")
                .param("hash", hash).param("now", now).query(String.class).optional();
        site.ifPresent(s -> jdbc.sql("UPDATE hub_enrolment SET used_at = :now WHERE code_hash = :hash")
                .param("hash", hash).param("now", now).update());
        return site;
    }

    UUID insertDevice(String siteId, String tokenHash, @Nullable String appVersion, OffsetDateTime now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO hub_device (public_id, site_id, token_hash, enrolled_at, last_contact_at, app_version)
                VALUES (:p, :site, :token, :now, :now, :version)""")
                .param("p", publicId).param("site", siteId).param("token", tokenHash).param("now", now)
                .param("version", appVersion).update();
        return publicId;
    }

    List<Device> devices() {
        return jdbc.sql("SELECT " + DEVICE_COLUMNS + " FROM hub_device ORDER BY site_id, enrolled_at")
                .query(HubRepository::device).list();
    }

    Optional<Device> device(long id) {
        return jdbc.sql("SELECT " + DEVICE_COLUMNS + " FROM hub_device WHERE id = :id").param("id", id)
                .query(HubRepository::device).optional();
    }

    /** The device whose current or newly issued token this is, revoked or not. */
    Optional<TokenMatch> byToken(String hash) {
        return jdbc.sql("SELECT " + DEVICE_COLUMNS + ", token_hash = :hash AS current_token FROM hub_device "
                        + "WHERE token_hash = :hash OR next_token_hash = :hash")
                .param("hash", hash)
                .query((rs, row) -> new TokenMatch(device(rs, row), rs.getBoolean("current_token"))).optional();
    }

    /** The kiosk used its new token: the old one stops working. */
    void promoteNextToken(long id) {
        jdbc.sql("""
                UPDATE hub_device SET token_hash = next_token_hash, next_token_hash = NULL, rotation_asked_at = NULL
                WHERE id = :id AND next_token_hash IS NOT NULL""").param("id", id).update();
    }

    void nextToken(long id, String hash) {
        jdbc.sql("UPDATE hub_device SET next_token_hash = :hash WHERE id = :id").param("id", id).param("hash", hash)
                .update();
    }

    int askRotation(long id, OffsetDateTime now) {
        return jdbc.sql("UPDATE hub_device SET rotation_asked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("now", now).update();
    }

    int revoke(long id, String by, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE hub_device SET revoked_at = :now, revoked_by = :by, next_token_hash = NULL
                WHERE id = :id AND revoked_at IS NULL""")
                .param("id", id).param("by", by).param("now", now).update();
    }

    void contact(long id, OffsetDateTime now, @Nullable String appVersion, @Nullable Long clockOffsetMillis,
                 @Nullable String printer, @Nullable Integer waiting, @Nullable Integer backlog,
                 @Nullable Integer refused) {
        jdbc.sql("""
                UPDATE hub_device SET last_contact_at = :now, app_version = :version, clock_offset_ms = :offset,
                       printer_state = :printer, people_waiting = :waiting, outbox_backlog_before = outbox_backlog,
                       outbox_backlog = :backlog, refused_records = :refused
                WHERE id = :id""")
                .param("id", id).param("now", now).param("version", appVersion).param("offset", clockOffsetMillis)
                .param("printer", printer).param("waiting", waiting).param("backlog", backlog)
                .param("refused", refused).update();
    }

    record TokenMatch(Device device, boolean current) {
    }

    private static Site site(ResultSet rs, int row) throws SQLException {
        return new Site(rs.getString("id"), rs.getString("name"), rs.getString("municipality"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    // ---- areas: the municipalities a hub user works for

    List<String> areasOf(String username) {
        return jdbc.sql("SELECT municipality FROM hub_staff_area WHERE username = :user ORDER BY municipality")
                .param("user", username).query(String.class).list();
    }

    void replaceAreas(String username, java.util.Collection<String> municipalities) {
        jdbc.sql("DELETE FROM hub_staff_area WHERE username = :user").param("user", username).update();
        for (String municipality : municipalities) {
            jdbc.sql("INSERT INTO hub_staff_area (username, municipality) VALUES (:user, :municipality)")
                    .param("user", username).param("municipality", municipality).update();
        }
    }

    /** The sites in the municipalities the user works for. */
    java.util.Set<String> sitesInAreasOf(String username) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT s.id FROM hub_site s JOIN hub_staff_area a ON a.municipality = s.municipality
                WHERE a.username = :user""").param("user", username).query(String.class).list());
    }

    private static Device device(ResultSet rs, int row) throws SQLException {
        return new Device(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("site_id"),
                rs.getObject("enrolled_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getObject("last_contact_at", OffsetDateTime.class), rs.getString("app_version"),
                rs.getObject("clock_offset_ms", Long.class), rs.getObject("rotation_asked_at", OffsetDateTime.class),
                rs.getString("printer_state"), rs.getObject("people_waiting", Integer.class),
                rs.getObject("outbox_backlog", Integer.class), rs.getObject("outbox_backlog_before", Integer.class),
                rs.getObject("refused_records", Integer.class));
    }
}
