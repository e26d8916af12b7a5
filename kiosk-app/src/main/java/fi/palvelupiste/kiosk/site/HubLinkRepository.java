package fi.palvelupiste.kiosk.site;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The one row of {@code hub_link}. */
@Repository
class HubLinkRepository {

    private final JdbcClient jdbc;

    HubLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<HubLink> find() {
        return jdbc.sql("SELECT * FROM hub_link WHERE id = 1").query(HubLinkRepository::map).optional();
    }

    void replace(URI hubUrl, String siteId, String siteName, String token, OffsetDateTime now) {
        jdbc.sql("DELETE FROM hub_link").update();
        jdbc.sql("""
                INSERT INTO hub_link (id, hub_url, site_id, site_name, device_token, linked_at, last_contact_at)
                VALUES (1, :url, :site, :name, :token, :now, :now)""")
                .param("url", hubUrl.toString()).param("site", siteId).param("name", siteName).param("token", token)
                .param("now", now).update();
    }

    int delete() {
        return jdbc.sql("DELETE FROM hub_link").update();
    }

    void contact(OffsetDateTime now, @Nullable String siteName) {
        jdbc.sql("""
                UPDATE hub_link SET last_contact_at = :now, last_problem = NULL, refused_at = NULL,
                       site_name = COALESCE(:name, site_name) WHERE id = 1""")
                .param("now", now).param("name", siteName).update();
    }

    void downMark(long mark) {
        jdbc.sql("UPDATE hub_link SET down_mark = :mark WHERE id = 1").param("mark", mark).update();
    }

    void token(String token) {
        jdbc.sql("UPDATE hub_link SET device_token = :token WHERE id = 1").param("token", token).update();
    }

    void problem(String problem, boolean refused, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE hub_link SET last_problem = :problem,
                       refused_at = CASE WHEN :refused THEN :now ELSE refused_at END WHERE id = 1""")
                .param("problem", problem.length() > 300 ? problem.substring(0, 300) : problem)
                .param("refused", refused).param("now", now).update();
    }

    private static HubLink map(ResultSet rs, int row) throws SQLException {
        return new HubLink(URI.create(rs.getString("hub_url")), rs.getString("site_id"), rs.getString("site_name"),
                rs.getString("device_token"), rs.getObject("linked_at", OffsetDateTime.class),
                rs.getObject("last_contact_at", OffsetDateTime.class), rs.getObject("refused_at", OffsetDateTime.class),
                rs.getString("last_problem"), rs.getLong("down_mark"));
    }
}
