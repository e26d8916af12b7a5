package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.signup.AttendanceCount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The photo day's facts: attendance on the confirmed sign-ups of an event (columns of {@code signup}, personal data
 * that goes with the sign-up) and the walk-in numbers. Every change is a conditional UPDATE, so two tablets pressing
 * at once cannot call, photograph or check in anyone twice.
 */
@Repository
class PhotoDayRepository {

    private static final String ATTENDEE = """
            SELECT s.id, s.first_name, s.last_name, s.phone, t.starts_at, s.needs_application_help, s.language,
                   s.checked_in_at, s.called_at, s.photographed_at, s.helped_at, s.no_show_at
              FROM signup s JOIN signup_slot t ON t.id = s.slot_id
             WHERE s.event_id = :event AND s.status = 'CONFIRMED'""";
    private static final String WALK_IN = """
            SELECT id, public_id, event_id, number, language, phone, wants_help, print_job_id, taken_at, called_at,
                   photographed_at, helped_at, gone_at FROM photo_walk_in""";

    private final JdbcClient jdbc;

    PhotoDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Attendee> attendees(long eventId) {
        return jdbc.sql(ATTENDEE + " ORDER BY t.starts_at, s.id").param("event", eventId).query(PhotoDayRepository::attendee).list();
    }

    Optional<Attendee> attendee(long eventId, long signupId) {
        return jdbc.sql(ATTENDEE + " AND s.id = :id").param("event", eventId).param("id", signupId)
                .query(PhotoDayRepository::attendee).optional();
    }

    /** Confirmed sign-ups of the event whose first name, last name or both start with the words typed. */
    List<Attendee> findByName(long eventId, String query) {
        return jdbc.sql(ATTENDEE + """
                 AND (LOWER(s.first_name) LIKE :q OR LOWER(s.last_name) LIKE :q
                      OR LOWER(s.first_name || ' ' || s.last_name) LIKE :q OR LOWER(s.last_name || ' ' || s.first_name) LIKE :q)
                 ORDER BY s.last_name, s.first_name, s.id""")
                .param("event", eventId).param("q", likeStart(query)).query(PhotoDayRepository::attendee).list();
    }

    /** Checks in (again, after "not here"); false if already here or photographed. */
    boolean checkIn(long signupId, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE signup SET checked_in_at = :now, no_show_at = NULL, called_at = NULL
                 WHERE id = :id AND status = 'CONFIRMED' AND photographed_at IS NULL
                   AND (checked_in_at IS NULL OR no_show_at IS NOT NULL)""")
                .param("id", signupId).param("now", now).update() == 1;
    }

    boolean callBooked(long signupId, OffsetDateTime now) {
        return jdbc.sql("UPDATE signup SET called_at = :now WHERE id = :id AND called_at IS NULL AND photographed_at IS NULL")
                .param("id", signupId).param("now", now).update() == 1;
    }

    boolean photographBooked(long signupId, OffsetDateTime now) {
        return jdbc.sql("UPDATE signup SET photographed_at = :now WHERE id = :id AND called_at IS NOT NULL AND photographed_at IS NULL")
                .param("id", signupId).param("now", now).update() == 1;
    }

    boolean bookedNotHere(long signupId, OffsetDateTime now) {
        return jdbc.sql("UPDATE signup SET no_show_at = :now, called_at = NULL WHERE id = :id AND photographed_at IS NULL")
                .param("id", signupId).param("now", now).update() == 1;
    }

    boolean bookedHelped(long signupId, OffsetDateTime now) {
        return jdbc.sql("UPDATE signup SET helped_at = :now WHERE id = :id AND helped_at IS NULL")
                .param("id", signupId).param("now", now).update() == 1;
    }

    /** Takes the event's next number in one statement; the unique (event, number) refuses a double. */
    WalkInNumber takeWalkIn(long eventId, String language, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO photo_walk_in (public_id, event_id, number, language, taken_at)
                SELECT :publicId, :event, COALESCE(MAX(number), 0) + 1, :language, :now FROM photo_walk_in
                 WHERE event_id = :event""")
                .param("publicId", UUID.randomUUID()).param("event", eventId).param("language", language)
                .param("now", now).update();
        return jdbc.sql(WALK_IN + " WHERE event_id = :event ORDER BY number DESC FETCH FIRST 1 ROWS ONLY")
                .param("event", eventId).query(PhotoDayRepository::walkIn).single();
    }

    void walkInPrinted(long walkInId, long printJobId) {
        jdbc.sql("UPDATE photo_walk_in SET print_job_id = :job WHERE id = :id").param("id", walkInId)
                .param("job", printJobId).update();
    }

    List<WalkInNumber> walkIns(long eventId) {
        return jdbc.sql(WALK_IN + " WHERE event_id = :event ORDER BY number").param("event", eventId)
                .query(PhotoDayRepository::walkIn).list();
    }

    Optional<WalkInNumber> walkIn(long walkInId) {
        return jdbc.sql(WALK_IN + " WHERE id = :id").param("id", walkInId).query(PhotoDayRepository::walkIn).optional();
    }

    boolean callWalkIn(long walkInId, OffsetDateTime now) {
        return jdbc.sql("UPDATE photo_walk_in SET called_at = :now WHERE id = :id AND called_at IS NULL AND gone_at IS NULL")
                .param("id", walkInId).param("now", now).update() == 1;
    }

    boolean photographWalkIn(long walkInId, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE photo_walk_in SET photographed_at = :now
                 WHERE id = :id AND called_at IS NOT NULL AND photographed_at IS NULL AND gone_at IS NULL""")
                .param("id", walkInId).param("now", now).update() == 1;
    }

    boolean walkInGone(long walkInId, OffsetDateTime now) {
        return jdbc.sql("UPDATE photo_walk_in SET gone_at = :now WHERE id = :id AND photographed_at IS NULL AND gone_at IS NULL")
                .param("id", walkInId).param("now", now).update() == 1;
    }

    boolean walkInHelped(long walkInId, OffsetDateTime now) {
        return jdbc.sql("UPDATE photo_walk_in SET helped_at = :now WHERE id = :id AND helped_at IS NULL")
                .param("id", walkInId).param("now", now).update() == 1;
    }

    void walkInDetails(long walkInId, @Nullable String phone, boolean wantsHelp) {
        jdbc.sql("UPDATE photo_walk_in SET phone = :phone, wants_help = :help WHERE id = :id")
                .param("id", walkInId).param("phone", phone).param("help", wantsHelp).update();
    }

    // ---- sync (README "The hub"): walk-in numbers of hub events go up, the hub keeps copies

    /** Numbers taken here for the hub's events, oldest first. */
    List<UUID> walkInsOfHubEvents() {
        return jdbc.sql("""
                SELECT w.public_id FROM photo_walk_in w JOIN signup_event e ON e.id = w.event_id
                 WHERE e.from_hub AND w.sync_version IS NULL ORDER BY w.id""").query(UUID.class).list();
    }

    /** A number of a hub event as it goes up; empty when it is gone, or of an event of this kiosk's own. */
    Optional<WalkInRecord> walkInOfHubEvent(UUID publicId, String siteId, long version) {
        return jdbc.sql("""
                SELECT e.public_id AS event, w.number, w.language, w.wants_help, w.taken_at, w.called_at,
                       w.photographed_at, w.helped_at, w.gone_at
                  FROM photo_walk_in w JOIN signup_event e ON e.id = w.event_id
                 WHERE w.public_id = :p AND e.from_hub""")
                .param("p", publicId)
                .query((rs, row) -> new WalkInRecord(publicId, siteId, rs.getObject("event", UUID.class),
                        rs.getInt("number"), rs.getString("language"), rs.getBoolean("wants_help"),
                        rs.getObject("taken_at", OffsetDateTime.class), time(rs, "called_at"),
                        time(rs, "photographed_at"), time(rs, "helped_at"), time(rs, "gone_at"), version))
                .optional();
    }

    /** On the hub: the event's id, while its personal data (and so its walk-ins) is kept. */
    Optional<Long> eventWithPersonalData(UUID eventPublicId) {
        return jdbc.sql("SELECT id FROM signup_event WHERE public_id = :p AND personal_data_deleted_at IS NULL")
                .param("p", eventPublicId).query(Long.class).optional();
    }

    /** On the hub: a kiosk's number, new or newer than the copy held. */
    void storeWalkInCopy(WalkInRecord number, long eventId, boolean replace) {
        jdbc.sql(replace ? """
                UPDATE photo_walk_in SET event_id = :event, number = :number, language = :language, wants_help = :help,
                       taken_at = :taken, called_at = :called, photographed_at = :photographed, helped_at = :helped,
                       gone_at = :gone, sync_version = :version
                 WHERE public_id = :p""" : """
                INSERT INTO photo_walk_in (public_id, site_id, event_id, number, language, wants_help, taken_at,
                       called_at, photographed_at, helped_at, gone_at, sync_version)
                VALUES (:p, :site, :event, :number, :language, :help, :taken, :called, :photographed, :helped, :gone,
                       :version)""")
                .param("p", number.publicId()).param("site", number.siteId()).param("event", eventId)
                .param("number", number.number()).param("language", number.language())
                .param("help", number.wantsHelp()).param("taken", number.takenAt()).param("called", number.calledAt())
                .param("photographed", number.photographedAt()).param("helped", number.helpedAt())
                .param("gone", number.goneAt()).param("version", number.version()).update();
    }

    /** The walk-ins' numbers per language as signup_count keeps them: the same text for the kept and the live figures. */
    private static final String WALK_IN_SUMS = """
            'WALK_IN' AS status, language, COUNT(*) AS people,
            SUM(CASE WHEN wants_help THEN 1 ELSE 0 END) AS application_help, COUNT(*) AS checked_in,
            SUM(CASE WHEN photographed_at IS NULL THEN 0 ELSE 1 END) AS photographed,
            SUM(CASE WHEN helped_at IS NULL THEN 0 ELSE 1 END) AS helped,
            SUM(CASE WHEN photographed_at IS NULL THEN 1 ELSE 0 END) AS no_shows
            """;

    /** The walk-ins' numbers for the funders, WALK_IN rows (one per language) in signup_count, before their rows go. */
    void keepWalkInCounts(long eventId, String municipality, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO signup_count (event_id, slot_id, municipality, counted_at, promoted, wheelchair, interpreter,
                                          status, language, people, application_help, checked_in, photographed, helped,
                                          no_shows)
                SELECT event_id, NULL, :municipality, :now, 0, 0, 0,""" + WALK_IN_SUMS + """
                  FROM photo_walk_in WHERE event_id = :event GROUP BY event_id, language""")
                .param("event", eventId).param("municipality", municipality).param("now", now).update();
    }

    /** The same sums from the walk-ins' rows while they are kept. */
    List<AttendanceCount> liveWalkInCounts(long eventId) {
        return jdbc.sql("SELECT " + WALK_IN_SUMS + " FROM photo_walk_in WHERE event_id = :event GROUP BY language")
                .param("event", eventId).query(AttendanceCount::of).list();
    }

    /** The walk-ins' sums as kept at the purge. */
    List<AttendanceCount> keptWalkInCounts(long eventId) {
        return jdbc.sql("SELECT " + AttendanceCount.KEPT_SUMS + " FROM signup_count WHERE event_id = :event AND status = '"
                        + AttendanceCount.WALK_IN + "' GROUP BY status, language")
                .param("event", eventId).query(AttendanceCount::of).list();
    }

    int deleteWalkIns(long eventId) {
        return jdbc.sql("DELETE FROM photo_walk_in WHERE event_id = :event").param("event", eventId).update();
    }

    private static String likeStart(String typed) {
        String plain = typed.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
        return plain + "%";
    }

    private static Attendee attendee(ResultSet rs, int row) throws SQLException {
        return new Attendee(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone"),
                rs.getObject("starts_at", java.time.LocalTime.class), rs.getBoolean("needs_application_help"),
                rs.getString("language"), time(rs, "checked_in_at"), time(rs, "called_at"),
                time(rs, "photographed_at"), time(rs, "helped_at"), time(rs, "no_show_at"));
    }

    private static WalkInNumber walkIn(ResultSet rs, int row) throws SQLException {
        return new WalkInNumber(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getLong("event_id"),
                rs.getInt("number"), rs.getString("language"),
                rs.getString("phone"), rs.getBoolean("wants_help"), rs.getObject("print_job_id", Long.class),
                rs.getObject("taken_at", OffsetDateTime.class), time(rs, "called_at"), time(rs, "photographed_at"),
                time(rs, "helped_at"), time(rs, "gone_at"));
    }

    private static @Nullable OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
