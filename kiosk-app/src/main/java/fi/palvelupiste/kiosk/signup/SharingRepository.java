package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

/** The hub's side of sharing events: which sites offer an event, and what a site's residents have booked in it. */
@Repository
class SharingRepository {

    private final JdbcClient jdbc;

    SharingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> sitesOf(long eventId) {
        return jdbc.sql("SELECT site_id FROM hub_event_site WHERE event_id = :id ORDER BY site_id")
                .param("id", eventId).query(String.class).list();
    }

    /** A draft (a campaign's copy not yet published, V95) is offered nowhere, whatever sites it has. */
    boolean offered(long eventId, String siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM hub_event_site o JOIN signup_event e ON e.id = o.event_id "
                        + "WHERE o.event_id = :id AND o.site_id = :site AND NOT e.draft")
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
                  AND NOT e.draft
                ORDER BY e.id""")
                .param("site", siteId).param("now", now).query(Long.class).list();
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

    /** Places of a slot a site has confirmed, as far as its kiosk has told the hub. */
    int confirmedBy(long slotId, String siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM signup WHERE slot_id = :slot AND site_id = :site AND status = 'CONFIRMED'")
                .param("slot", slotId).param("site", siteId).query(Integer.class).single();
    }
}
