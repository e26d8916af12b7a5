package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Residents' sign-ups (the personal data), their slips, and the counts that outlive them. */
@Repository
class SignupRepository {

    private static final String COLUMNS = "s.id, s.public_id, s.site_id, s.event_id, s.slot_id, s.status, "
            + "s.reference_code, s.first_name, s.last_name, s.phone, s.needs_application_help, s.needs_wheelchair, "
            + "s.interpreter_language, s.companion_of, s.language, s.promoted_at, s.cancelled_at, s.created_at, "
            + "s.updated_at";

    /** The outbox's name for a sign-up. */
    static final String OUTBOX_KIND = "SIGNUP";

    private final JdbcClient jdbc;
    private final Outbox outbox;

    SignupRepository(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    Signup insert(String siteId, long eventId, Long slotId, SignupStatus status, String code, Person person,
                  Long companionOf, String language, OffsetDateTime now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO signup (public_id, site_id, event_id, slot_id, status, reference_code, first_name,
                    last_name, phone, needs_application_help, needs_wheelchair, interpreter_language, companion_of,
                    language, created_at, updated_at)
                VALUES (:publicId, :siteId, :eventId, :slotId, :status, :code, :first, :last, :phone, :help,
                    :wheelchair, :interpreter, :companionOf, :language, :now, :now)""")
                .param("publicId", publicId).param("siteId", siteId).param("eventId", eventId)
                .param("slotId", slotId).param("status", status.name()).param("code", code)
                .param("first", person.firstName()).param("last", person.lastName()).param("phone", person.phone())
                .param("help", person.needs().applicationHelp()).param("wheelchair", person.needs().wheelchair())
                .param("interpreter", person.needs().interpreterLanguage()).param("companionOf", companionOf)
                .param("language", language).param("now", now)
                .update();
        Signup made = findByPublicId(publicId).orElseThrow();
        outbox(made.id(), now);
        return made;
    }

    /**
     * A sign-up for an event from the hub goes up: an outbox row in the same transaction as the change, so the hub
     * gets every state that was committed, after any crash (DESIGN.md §8).
     */
    private void outbox(long signupId, OffsetDateTime now) {
        jdbc.sql("""
                SELECT s.public_id FROM signup s JOIN signup_event e ON e.id = s.event_id
                WHERE s.id = :id AND e.from_hub""")
                .param("id", signupId).query(UUID.class).optional()
                .ifPresent(publicId -> outbox.add(OUTBOX_KIND, publicId, now));
    }

    Optional<Signup> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signup s WHERE s.id = :id").param("id", id)
                .query(SignupRepository::map).optional();
    }

    Optional<Signup> findByPublicId(UUID publicId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signup s WHERE s.public_id = :id").param("id", publicId)
                .query(SignupRepository::map).optional();
    }

    Optional<Signup> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signup s WHERE s.reference_code = :code").param("code", code)
                .query(SignupRepository::map).optional();
    }

    /** On the hub a code is unique per site only: every site's sign-up with it. */
    List<Signup> allWithCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signup s WHERE s.reference_code = :code ORDER BY s.id")
                .param("code", code).query(SignupRepository::map).list();
    }

    /**
     * The sign-up goes up again as it is here (an outbox row with no change): after a change from the hub that this
     * kiosk could not make, the hub's copy shows this kiosk's state again.
     */
    void sendAgain(long signupId, OffsetDateTime now) {
        outbox(signupId, now);
    }

    /** On the hub: a waitlisted copy's place in its own site's waitlist, in the order its kiosk took them. */
    int waitlistPositionAtSite(Signup signup) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM signup WHERE event_id = :eventId AND site_id = :site AND status = 'WAITLISTED'
                AND created_at <= :created""")
                .param("eventId", signup.eventId()).param("site", signup.siteId()).param("created", signup.createdAt())
                .query(Integer.class).single();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM signup WHERE reference_code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    /** A live sign-up of the same person for the same event: same name (any case) and same phone or both none. */
    Optional<Signup> findSamePerson(long eventId, String firstName, String lastName, String phone) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM signup s
                WHERE s.event_id = :eventId AND s.status <> 'CANCELLED'
                  AND LOWER(s.first_name) = LOWER(:first) AND LOWER(s.last_name) = LOWER(:last)
                  AND ((s.phone IS NULL AND :noPhone = TRUE) OR s.phone = :phone)
                ORDER BY s.id FETCH FIRST 1 ROWS ONLY""")
                .param("eventId", eventId).param("first", firstName).param("last", lastName)
                .param("phone", phone == null ? "" : phone).param("noPhone", phone == null)
                .query(SignupRepository::map).optional();
    }

    /** Sign-ups of an event with a status, in sign-up order (the waitlist's order). */
    List<Signup> ofEvent(long eventId, SignupStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signup s WHERE s.event_id = :eventId AND s.status = :status ORDER BY s.id")
                .param("eventId", eventId).param("status", status.name()).query(SignupRepository::map).list();
    }

    /** Confirmed sign-ups in slot order, then sign-up order: the photographer's order. */
    List<Signup> confirmedBySlot(long eventId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM signup s JOIN signup_slot t ON t.id = s.slot_id
                WHERE s.event_id = :eventId AND s.status = 'CONFIRMED'
                ORDER BY t.starts_at, s.id""")
                .param("eventId", eventId).query(SignupRepository::map).list();
    }

    int waitlistPosition(Signup signup) {
        return jdbc.sql("SELECT COUNT(*) FROM signup WHERE event_id = :eventId AND status = 'WAITLISTED' AND id <= :id")
                .param("eventId", signup.eventId()).param("id", signup.id()).query(Integer.class).single();
    }

    /** Staff search: an exact reference code, or a part of the name. */
    List<Signup> search(String code, String namePart) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM signup s
                WHERE s.reference_code = :code
                   OR (:namePart <> '' AND LOWER(s.first_name || ' ' || s.last_name) LIKE :like)
                ORDER BY s.id DESC FETCH FIRST 50 ROWS ONLY""")
                .param("code", code).param("namePart", namePart)
                .param("like", "%" + namePart.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "").replace("%", "").replace("_", "") + "%")
                .query(SignupRepository::map).list();
    }

    boolean cancel(long id, OffsetDateTime now) {
        return changed(id, now, jdbc.sql("""
                UPDATE signup SET status = 'CANCELLED', cancelled_at = :now, updated_at = :now
                WHERE id = :id AND status IN ('CONFIRMED', 'WAITLISTED')""")
                .param("id", id).param("now", now).update() == 1);
    }

    boolean moveTo(long id, long slotId, OffsetDateTime now) {
        return changed(id, now, jdbc.sql(
                        "UPDATE signup SET slot_id = :slot, updated_at = :now WHERE id = :id AND status = 'CONFIRMED'")
                .param("id", id).param("slot", slotId).param("now", now).update() == 1);
    }

    /** Gives a waitlisted person a place; false when someone else promoted or cancelled them first. */
    boolean promote(long id, long slotId, OffsetDateTime now) {
        return changed(id, now, jdbc.sql("""
                UPDATE signup SET status = 'CONFIRMED', slot_id = :slot, promoted_at = :now, updated_at = :now
                WHERE id = :id AND status = 'WAITLISTED'""")
                .param("id", id).param("slot", slotId).param("now", now).update() == 1);
    }

    private boolean changed(long id, OffsetDateTime now, boolean changed) {
        if (changed) {
            outbox(id, now);
        }
        return changed;
    }

    // ---- sync (DESIGN.md §8): the hub's copies of sign-ups

    /** The sign-up's marks of the photo day, as they go up with it. */
    Attendance attendance(long id) {
        return jdbc.sql("""
                SELECT checked_in_at, called_at, photographed_at, helped_at, no_show_at FROM signup WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> new Attendance(rs.getObject("checked_in_at", OffsetDateTime.class),
                        rs.getObject("called_at", OffsetDateTime.class),
                        rs.getObject("photographed_at", OffsetDateTime.class),
                        rs.getObject("helped_at", OffsetDateTime.class),
                        rs.getObject("no_show_at", OffsetDateTime.class)))
                .optional().orElse(Attendance.NONE);
    }

    /** The hub's copy of a sign-up, as far as it has one: its site and the kiosk's version of the state held. */
    Optional<java.util.Map.Entry<String, Long>> copyVersion(UUID publicId) {
        return jdbc.sql("SELECT site_id, sync_version FROM signup WHERE public_id = :id").param("id", publicId)
                .query((rs, row) -> java.util.Map.entry(rs.getString("site_id"), rs.getLong("sync_version")))
                .optional();
    }

    /** The hub stores a state of a kiosk's sign-up: new, or newer than the one held. */
    void storeCopy(SignupRecord record, long eventId, Long slotId, Long companionOf, boolean exists) {
        String sql = exists ? """
                UPDATE signup SET slot_id = :slotId, status = :status, first_name = :first, last_name = :last,
                    phone = :phone, needs_application_help = :help, needs_wheelchair = :wheelchair,
                    interpreter_language = :interpreter, companion_of = :companionOf, language = :language,
                    promoted_at = :promoted, cancelled_at = :cancelled, updated_at = :updated, sync_version = :version,
                    checked_in_at = :checkedIn, called_at = :called, photographed_at = :photographed, helped_at = :helped,
                    no_show_at = :noShow
                WHERE public_id = :publicId AND sync_version < :version""" : """
                INSERT INTO signup (public_id, site_id, event_id, slot_id, status, reference_code, first_name,
                    last_name, phone, needs_application_help, needs_wheelchair, interpreter_language, companion_of,
                    language, promoted_at, cancelled_at, created_at, updated_at, sync_version, checked_in_at, called_at,
                    photographed_at, helped_at, no_show_at)
                VALUES (:publicId, :siteId, :eventId, :slotId, :status, :code, :first, :last, :phone, :help,
                    :wheelchair, :interpreter, :companionOf, :language, :promoted, :cancelled, :created, :updated,
                    :version, :checkedIn, :called, :photographed, :helped, :noShow)""";
        Attendance marks = record.attendance() == null ? Attendance.NONE : record.attendance();
        jdbc.sql(sql)
                .param("publicId", record.publicId()).param("siteId", record.siteId()).param("eventId", eventId)
                .param("slotId", slotId).param("status", record.status().name()).param("code", record.referenceCode())
                .param("first", record.firstName()).param("last", record.lastName()).param("phone", record.phone())
                .param("help", record.applicationHelp()).param("wheelchair", record.wheelchair())
                .param("interpreter", record.interpreterLanguage()).param("companionOf", companionOf)
                .param("language", record.language()).param("promoted", record.promotedAt())
                .param("cancelled", record.cancelledAt()).param("created", record.createdAt())
                .param("updated", record.updatedAt()).param("version", record.version())
                .param("checkedIn", marks.checkedInAt()).param("called", marks.calledAt())
                .param("photographed", marks.photographedAt()).param("helped", marks.helpedAt())
                .param("noShow", marks.noShowAt())
                .update();
    }

    /** Cancelled sign-ups keep their slot for the counts; a slot being removed lets go of them. */
    void detachCancelledFromSlot(long slotId) {
        jdbc.sql("UPDATE signup SET slot_id = NULL WHERE slot_id = :slot AND status = 'CANCELLED'")
                .param("slot", slotId).update();
    }

    boolean anyOfEvent(long eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM signup WHERE event_id = :event").param("event", eventId)
                .query(Integer.class).single() > 0;
    }

    boolean anyInSlot(long slotId) {
        return jdbc.sql("SELECT COUNT(*) FROM signup WHERE slot_id = :slot AND status <> 'CANCELLED'")
                .param("slot", slotId).query(Integer.class).single() > 0;
    }

    void addSlip(long signupId, long printJobId, String purpose) {
        jdbc.sql("INSERT INTO signup_slip (signup_id, print_job_id, purpose) VALUES (:signup, :job, :purpose)")
                .param("signup", signupId).param("job", printJobId).param("purpose", purpose).update();
    }

    /**
     * Whether a slip with the confirmed time was printed since the sign-up got its place from the waitlist: a
     * confirmation, a change or a place slip, or a reprint made after the promotion (one made while waiting shows no time).
     */
    boolean timeSlipPrintedSince(long signupId, OffsetDateTime promotedAt) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM signup_slip p JOIN print_job j ON j.id = p.print_job_id
                WHERE p.signup_id = :id AND (p.purpose IN ('CONFIRMATION', 'CHANGE', 'PROMOTED')
                    OR (p.purpose = 'REPRINT' AND j.created_at >= :promoted))""")
                .param("id", signupId).param("promoted", promotedAt).query(Integer.class).single() > 0;
    }

    List<Long> slipJobs(long signupId) {
        return jdbc.sql("SELECT print_job_id FROM signup_slip WHERE signup_id = :id ORDER BY print_job_id")
                .param("id", signupId).query(Long.class).list();
    }

    /**
     * What {@code signup_count} keeps per slot, status and language, summed from the sign-ups: the same text makes the
     * kept counts and the live figures of the funders' report, so a figure does not change at the purge.
     */
    private static final String SIGNUP_SUMS = """
            status, language, COUNT(*) AS people,
            SUM(CASE WHEN promoted_at IS NULL THEN 0 ELSE 1 END) AS promoted,
            SUM(CASE WHEN needs_application_help THEN 1 ELSE 0 END) AS application_help,
            SUM(CASE WHEN needs_wheelchair THEN 1 ELSE 0 END) AS wheelchair,
            SUM(CASE WHEN interpreter_language IS NULL THEN 0 ELSE 1 END) AS interpreter,
            SUM(CASE WHEN checked_in_at IS NULL THEN 0 ELSE 1 END) AS checked_in,
            SUM(CASE WHEN photographed_at IS NULL THEN 0 ELSE 1 END) AS photographed,
            SUM(CASE WHEN helped_at IS NULL THEN 0 ELSE 1 END) AS helped,
            SUM(CASE WHEN status = 'CONFIRMED' AND photographed_at IS NULL
                          AND (no_show_at IS NOT NULL OR checked_in_at IS NULL AND :attendanceKept)
                     THEN 1 ELSE 0 END) AS no_shows
            """;

    /**
     * Counts per slot, status and language for reporting, written before the personal data is deleted.
     *
     * @param everyoneChecksIn whether every confirmed person passes the check-in (a photo day's door), so that one
     *                         never checked in did not come; on a trip those with a ride are ticked on the ride instead
     */
    void keepCounts(long eventId, String municipality, boolean everyoneChecksIn, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO signup_count (event_id, slot_id, municipality, counted_at, status, language, people, promoted,
                                          application_help, wheelchair, interpreter, checked_in, photographed, helped,
                                          no_shows)
                SELECT event_id, slot_id, :municipality, :now,""" + SIGNUP_SUMS + """
                FROM signup WHERE event_id = :eventId
                GROUP BY event_id, slot_id, status, language""")
                .param("eventId", eventId).param("municipality", municipality).param("now", now)
                .param("attendanceKept", attendanceKept(eventId, everyoneChecksIn)).update();
    }

    /** The same sums per status and language, from the sign-ups while they are kept. */
    List<AttendanceCount> liveCounts(long eventId, boolean everyoneChecksIn) {
        return jdbc.sql("SELECT " + SIGNUP_SUMS + " FROM signup WHERE event_id = :eventId GROUP BY status, language")
                .param("eventId", eventId).param("attendanceKept", attendanceKept(eventId, everyoneChecksIn))
                .query(AttendanceCount::of).list();
    }

    /** The sums per status and language as kept at the purge; the walk-ins' row is the photo day's. */
    List<AttendanceCount> keptCounts(long eventId) {
        return jdbc.sql("SELECT " + AttendanceCount.KEPT_SUMS + " FROM signup_count WHERE event_id = :eventId AND status <> '"
                        + AttendanceCount.WALK_IN + "' GROUP BY status, language")
                .param("eventId", eventId).query(AttendanceCount::of).list();
    }

    /** A confirmed person who never checked in is a no-show only where the day's check-ins were kept at all. */
    private boolean attendanceKept(long eventId, boolean everyoneChecksIn) {
        return everyoneChecksIn && jdbc.sql("SELECT COUNT(*) FROM signup WHERE event_id = :e AND checked_in_at IS NOT NULL")
                .param("e", eventId).query(Integer.class).single() > 0;
    }

    /** The confirmed sign-ups of an event with their ticks at the bus (the check-in columns), by surname. */
    List<SeatHolder> seatHolders(long eventId) {
        return jdbc.sql("""
                SELECT id, reference_code, first_name, last_name, language, needs_wheelchair, checked_in_at, no_show_at
                  FROM signup
                 WHERE event_id = :e AND status = 'CONFIRMED'
                 ORDER BY last_name, first_name, id""")
                .param("e", eventId)
                .query((rs, row) -> new SeatHolder(rs.getLong("id"), rs.getString("reference_code"),
                        rs.getString("first_name"), rs.getString("last_name"), rs.getString("language"),
                        rs.getBoolean("needs_wheelchair"), rs.getObject("checked_in_at", OffsetDateTime.class),
                        rs.getObject("no_show_at", OffsetDateTime.class)))
                .list();
    }

    /** @return false when the sign-up is not a confirmed one of the event (cancelled meanwhile, or deleted) */
    boolean markAtBus(long eventId, long signupId, @Nullable OffsetDateTime boardedAt,
                      @Nullable OffsetDateTime noShowAt) {
        // not updated_at, as a photo day's check-in: the ticks go up by the sign-up's outbox row (TripBoarding.mark)
        return jdbc.sql("""
                UPDATE signup SET checked_in_at = :boarded, no_show_at = :noShow
                 WHERE id = :id AND event_id = :e AND status = 'CONFIRMED'""")
                .param("boarded", boardedAt).param("noShow", noShowAt).param("id", signupId)
                .param("e", eventId).update() == 1;
    }

    /** The people checked in (boarded) that the counts kept when the sign-ups were deleted. */
    int checkedInKept(long eventId) {
        return jdbc.sql("SELECT COALESCE(SUM(checked_in), 0) FROM signup_count WHERE event_id = :e AND status = 'CONFIRMED'")
                .param("e", eventId).query(Integer.class).single();
    }

    /**
     * The print jobs of an event: its sign-ups' slips and its printed lists (which hold names and phones). Like the
     * queue's clean-up, a feature deletes the jobs it made, in the same transaction as their records.
     */
    /** Removes the links to the event's slips, so the print jobs can go; returns the jobs' ids. */
    List<Long> unlinkSlipsOfEvent(long eventId) {
        List<Long> slips = jdbc.sql("""
                SELECT p.print_job_id FROM signup_slip p JOIN signup s ON s.id = p.signup_id WHERE s.event_id = :e""")
                .param("e", eventId).query(Long.class).list();
        if (!slips.isEmpty()) {
            jdbc.sql("DELETE FROM signup_slip WHERE print_job_id IN (:ids)").param("ids", slips).update();
        }
        return slips;
    }

    int deleteOfEvent(long eventId) {
        // on the hub: the changes asked for at other sites go with the sign-ups they name
        jdbc.sql("DELETE FROM signup_change_request WHERE signup_id IN (SELECT id FROM signup WHERE event_id = :e)")
                .param("e", eventId).update();
        jdbc.sql("UPDATE signup SET companion_of = NULL WHERE event_id = :eventId").param("eventId", eventId).update();
        return jdbc.sql("DELETE FROM signup WHERE event_id = :eventId").param("eventId", eventId).update();
    }

    /** People per status: live while the personal data is kept, from the kept counts afterwards. */
    java.util.Map<SignupStatus, Integer> countByStatus(long eventId, boolean personalDataDeleted) {
        String sql = personalDataDeleted
                ? "SELECT status, SUM(people) AS n FROM signup_count WHERE event_id = :eventId AND status <> 'WALK_IN' GROUP BY status"
                : "SELECT status, COUNT(*) AS n FROM signup WHERE event_id = :eventId GROUP BY status";
        java.util.Map<SignupStatus, Integer> counts = new java.util.EnumMap<>(SignupStatus.class);
        for (SignupStatus status : SignupStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql(sql).param("eventId", eventId).query((rs, row) -> {
            counts.put(SignupStatus.valueOf(rs.getString("status")), rs.getInt("n"));
            return null;
        }).list();
        return counts;
    }

    private static Signup map(ResultSet rs, int row) throws SQLException {
        return new Signup(
                rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("site_id"),
                rs.getLong("event_id"), rs.getObject("slot_id", Long.class),
                SignupStatus.valueOf(rs.getString("status")), rs.getString("reference_code"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone"),
                new Needs(rs.getBoolean("needs_application_help"), rs.getBoolean("needs_wheelchair"),
                        rs.getString("interpreter_language")),
                rs.getObject("companion_of", Long.class), rs.getString("language"),
                rs.getObject("promoted_at", OffsetDateTime.class), rs.getObject("cancelled_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
