package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Changes to sign-ups asked for away from the kiosk that holds them: on the hub until that kiosk has taken them
 * ({@code signup_change_request}), on the kiosk which of them it has taken ({@code hub_change_taken}).
 */
@Repository
class ChangeRequestRepository {

    /** The outbox's name for "this kiosk has taken the hub's change": the hub then stops handing it down. */
    static final String OUTBOX_KIND = "CHANGE_TAKEN";

    private final JdbcClient jdbc;

    ChangeRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the hub

    boolean exists(UUID requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM signup_change_request WHERE public_id = :id").param("id", requestId)
                .query(Integer.class).single() > 0;
    }

    void insert(ChangeRequest request, long signupId, String siteId, String askedAt, @Nullable Long slotId,
                OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO signup_change_request (public_id, signup_id, site_id, asked_at, action, slot_id, created_at)
                VALUES (:id, :signup, :site, :askedAt, :action, :slot, :now)""")
                .param("id", request.id()).param("signup", signupId).param("site", siteId).param("askedAt", askedAt)
                .param("action", request.action().name()).param("slot", slotId).param("now", now).update();
    }

    /** The changes a site's kiosk has not taken yet, oldest first. */
    List<ChangeRequest> waitingFor(String siteId) {
        return jdbc.sql("""
                SELECT r.public_id, s.public_id AS signup, r.action, t.public_id AS slot
                  FROM signup_change_request r JOIN signup s ON s.id = r.signup_id
                  LEFT JOIN signup_slot t ON t.id = r.slot_id
                 WHERE r.site_id = :site AND r.taken_at IS NULL ORDER BY r.id""")
                .param("site", siteId)
                .query((rs, row) -> new ChangeRequest(rs.getObject("public_id", UUID.class),
                        rs.getObject("signup", UUID.class), ChangeRequest.Action.valueOf(rs.getString("action")),
                        rs.getObject("slot", UUID.class)))
                .list();
    }

    /** The site's kiosk has taken these: they are no longer handed down. Another site's are left alone. */
    void taken(String siteId, Collection<UUID> requestIds, OffsetDateTime now) {
        if (!requestIds.isEmpty()) {
            jdbc.sql("""
                    UPDATE signup_change_request SET taken_at = :now
                    WHERE site_id = :site AND public_id IN (:ids) AND taken_at IS NULL""")
                    .param("site", siteId).param("ids", requestIds).param("now", now).update();
        }
    }

    // ---- a kiosk

    /** Notes that this kiosk takes the hub's change now; false when it already has (handed down again). */
    boolean take(UUID requestId, OffsetDateTime now) {
        return jdbc.sql("""
                INSERT INTO hub_change_taken (public_id, taken_at)
                SELECT :id, :now FROM (VALUES (1)) one
                WHERE NOT EXISTS (SELECT 1 FROM hub_change_taken WHERE public_id = :id)""")
                .param("id", requestId).param("now", now).update() == 1;
    }
}
