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
            SELECT id, event_id, number, language, phone, wants_help, print_job_id, taken_at, called_at,
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
                INSERT INTO photo_walk_in (event_id, number, language, taken_at)
                SELECT :event, COALESCE(MAX(number), 0) + 1, :language, :now FROM photo_walk_in WHERE event_id = :event""")
                .param("event", eventId).param("language", language).param("now", now).update();
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
        return new WalkInNumber(rs.getLong("id"), rs.getLong("event_id"), rs.getInt("number"), rs.getString("language"),
                rs.getString("phone"), rs.getBoolean("wants_help"), rs.getObject("print_job_id", Long.class),
                rs.getObject("taken_at", OffsetDateTime.class), time(rs, "called_at"), time(rs, "photographed_at"),
                time(rs, "helped_at"), time(rs, "gone_at"));
    }

    private static @Nullable OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
