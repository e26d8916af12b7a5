package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The hub's side of sharing events: which sites offer an event, and each site's grant of a slot's places. */
@Repository
class SharingRepository {

    /** A site's grant of a slot, both counts all time. */
    record Grant(long slotId, String siteId, int granted, int returned) {
        int held() {
            return granted - returned;
        }
    }

    private final JdbcClient jdbc;

    SharingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> sitesOf(long eventId) {
        return jdbc.sql("SELECT site_id FROM hub_event_site WHERE event_id = :id ORDER BY site_id")
                .param("id", eventId).query(String.class).list();
    }

    boolean offered(long eventId, String siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM hub_event_site WHERE event_id = :id AND site_id = :site")
                .param("id", eventId).param("site", siteId).query(Integer.class).single() > 0;
    }

    void offer(long eventId, String siteId) {
        jdbc.sql("INSERT INTO hub_event_site (event_id, site_id) VALUES (:id, :site)")
                .param("id", eventId).param("site", siteId).update();
    }

    void withdraw(long eventId, String siteId) {
        jdbc.sql("DELETE FROM hub_event_site WHERE event_id = :id AND site_id = :site")
                .param("id", eventId).param("site", siteId).update();
    }

    /** Events offered at a site whose sign-up has not closed: the ones its kiosk holds places for. */
    List<Long> openEventsOf(String siteId, OffsetDateTime now) {
        return jdbc.sql("""
                SELECT e.id FROM signup_event e JOIN hub_event_site o ON o.event_id = e.id
                WHERE o.site_id = :site AND e.signup_closes_at > :now AND e.personal_data_deleted_at IS NULL
                ORDER BY e.id""")
                .param("site", siteId).param("now", now).query(Long.class).list();
    }

    /** The site's grant of a slot, made (empty) if it had none; locked until the transaction ends. */
    Grant grantForUpdate(long slotId, String siteId) {
        Optional<Grant> found = find(slotId, siteId, true);
        if (found.isPresent()) {
            return found.get();
        }
        jdbc.sql("INSERT INTO hub_grant (slot_id, site_id, granted, returned) VALUES (:slot, :site, 0, 0)")
                .param("slot", slotId).param("site", siteId).update();
        return find(slotId, siteId, true).orElseThrow();
    }

    Optional<Grant> find(long slotId, String siteId, boolean forUpdate) {
        return jdbc.sql("SELECT slot_id, site_id, granted, returned FROM hub_grant WHERE slot_id = :slot AND site_id = :site"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param("slot", slotId).param("site", siteId)
                .query((rs, row) -> new Grant(rs.getLong("slot_id"), rs.getString("site_id"), rs.getInt("granted"),
                        rs.getInt("returned")))
                .optional();
    }

    /**
     * How many of the site's residents have signed up for the event (with that status, or any), as far as its kiosk
     * has told the hub.
     */
    int signupsBy(long eventId, String siteId, @Nullable SignupStatus status) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM signup WHERE event_id = :id AND site_id = :site
                AND (:anyStatus = TRUE OR status = :status)""")
                .param("id", eventId).param("site", siteId).param("anyStatus", status == null)
                .param("status", status == null ? "" : status.name()).query(Integer.class).single();
    }

    void grantMore(long slotId, String siteId, int places) {
        jdbc.sql("UPDATE hub_grant SET granted = granted + :places, wanted = 0 WHERE slot_id = :slot AND site_id = :site")
                .param("places", places).param("slot", slotId).param("site", siteId).update();
    }

    /** The site asked for places the pool did not have. */
    void wanted(long slotId, String siteId, int places) {
        jdbc.sql("UPDATE hub_grant SET wanted = :places WHERE slot_id = :slot AND site_id = :site")
                .param("places", places).param("slot", slotId).param("site", siteId).update();
    }

    /** Whether another site asked for places of the slot that the pool did not have. */
    boolean othersWant(long slotId, String siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM hub_grant WHERE slot_id = :slot AND site_id <> :site AND wanted > 0")
                .param("slot", slotId).param("site", siteId).query(Integer.class).single() > 0;
    }

    void returned(long slotId, String siteId, int returned) {
        jdbc.sql("UPDATE hub_grant SET returned = :returned WHERE slot_id = :slot AND site_id = :site")
                .param("returned", returned).param("slot", slotId).param("site", siteId).update();
    }

    /** Places of a slot a site has confirmed, as far as its kiosk has told the hub. */
    int confirmedBy(long slotId, String siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM signup WHERE slot_id = :slot AND site_id = :site AND status = 'CONFIRMED'")
                .param("slot", slotId).param("site", siteId).query(Integer.class).single();
    }

    /** Grants of a slot that hold nothing any more, forgotten before the slot is removed. */
    void forgetSettledGrants(long slotId) {
        jdbc.sql("DELETE FROM hub_grant WHERE slot_id = :slot AND granted = returned").param("slot", slotId).update();
    }
}
