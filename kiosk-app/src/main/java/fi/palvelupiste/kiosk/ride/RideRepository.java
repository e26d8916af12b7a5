package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.LocalizedColumns;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.sync.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Rides, stops and bookings; the only place that changes a ride's seats and wheelchair places taken. */
@Repository
class RideRepository {

    private static final String RIDE_COLUMNS = "id, public_id, site_id, event_id, ride_date, "
            + LocalizedColumns.names("name") + ", destination, vehicle, seats, seats_booked, wheelchair_places, wheelchair_booked, returns_at, "
            + "operator_name, contact_phone, personal_data_deleted_at, created_at, updated_at, from_hub, closed, "
            + "seats_hub_free, wheelchair_hub_free";
    private static final String STOP_COLUMNS = "id, public_id, ride_id, position, village, pickup_point, pickup_at, "
            + "removed_at";
    private static final String BOOKING_COLUMNS = "b.id, b.public_id, b.site_id, b.ride_id, b.stop_id, b.status, "
            + "b.reference_code, b.first_name, b.last_name, b.phone, b.seats, b.wheelchair, b.language, "
            + "b.cancelled_at, b.created_at, b.updated_at";

    /** The outbox's name for a ride booking. */
    static final String OUTBOX_KIND = "RIDE_BOOKING";

    private final JdbcClient jdbc;
    private final Outbox outbox;

    RideRepository(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    List<Ride> all() {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + " FROM ride ORDER BY ride_date, id").query(RideRepository::mapRide).list();
    }

    Optional<Ride> find(long id) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + " FROM ride WHERE id = :id").param("id", id)
                .query(RideRepository::mapRide).optional();
    }

    /** The rides running on a day whose bookings are kept, drafts aside, in the order they were made. */
    List<Ride> runningOn(LocalDate day) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS
                        + " FROM ride WHERE ride_date = :d AND NOT draft AND personal_data_deleted_at IS NULL ORDER BY id")
                .param("d", day).query(RideRepository::mapRide).list();
    }

    List<Ride> ofEvent(long eventId) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + " FROM ride WHERE event_id = :e ORDER BY id").param("e", eventId)
                .query(RideRepository::mapRide).list();
    }

    /** Rides on their own from the given day on, whose personal data is kept; not a draft (V95). */
    List<Ride> standaloneFrom(LocalDate day) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + """
                 FROM ride WHERE event_id IS NULL AND ride_date >= :day AND personal_data_deleted_at IS NULL
                  AND NOT closed AND NOT draft
                ORDER BY ride_date, id""").param("day", day).query(RideRepository::mapRide).list();
    }

    List<Ride> standaloneOnOrBefore(LocalDate day) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + """
                 FROM ride WHERE event_id IS NULL AND ride_date <= :day AND personal_data_deleted_at IS NULL
                ORDER BY id""").param("day", day).query(RideRepository::mapRide).list();
    }

    long insert(UUID publicId, String siteId, RideDraft draft, LocalDate date, OffsetDateTime now) {
        jdbc.sql("INSERT INTO ride (public_id, site_id, event_id, ride_date, " + LocalizedColumns.names("name")
                        + ", destination, vehicle, seats, wheelchair_places, returns_at, operator_name, contact_phone, "
                        + "created_at, updated_at) VALUES (:publicId, :siteId, :eventId, :date, "
                        + LocalizedColumns.placeholders("name") + ", :destination, :vehicle, :seats, :wheelchair, "
                        + ":returns, :operator, :phone, :now, :now)")
                .param("publicId", publicId).param("siteId", siteId).params(draftParams(draft, date, now)).update();
        return jdbc.sql("SELECT id FROM ride WHERE public_id = :p").param("p", publicId).query(Long.class).single();
    }

    /** Changes a ride; false when more seats or wheelchair places are already taken than the new numbers. */
    boolean update(long id, RideDraft draft, LocalDate date, OffsetDateTime now) {
        return jdbc.sql("UPDATE ride SET event_id = :eventId, ride_date = :date, " + LocalizedColumns.assignments("name")
                        + ", destination = :destination, vehicle = :vehicle, seats = :seats, "
                        + "wheelchair_places = :wheelchair, returns_at = :returns, operator_name = :operator, "
                        + "contact_phone = :phone, updated_at = :now "
                        + "WHERE id = :id AND seats_booked <= :seats AND wheelchair_booked <= :wheelchair")
                .param("id", id).params(draftParams(draft, date, now)).update() == 1;
    }

    Optional<Ride> findByPublicId(UUID publicId) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + " FROM ride WHERE public_id = :p").param("p", publicId)
                .query(RideRepository::mapRide).optional();
    }

    void markFromHub(long id) {
        jdbc.sql("UPDATE ride SET from_hub = TRUE WHERE id = :id").param("id", id).update();
    }

    /** The hub no longer offers the ride here, or again does. */
    void close(long id, boolean closed, OffsetDateTime now) {
        jdbc.sql("UPDATE ride SET closed = :closed, updated_at = :now WHERE id = :id")
                .param("id", id).param("closed", closed).param("now", now).update();
    }

    /** The ride's route: its stops not removed, in pickup order. */
    List<RideStop> stops(long rideId) {
        return jdbc.sql("SELECT " + STOP_COLUMNS + " FROM ride_stop WHERE ride_id = :r AND removed_at IS NULL "
                        + "ORDER BY pickup_at, position")
                .param("r", rideId).query(RideRepository::mapStop).list();
    }

    Optional<RideStop> stop(long stopId) {
        return jdbc.sql("SELECT " + STOP_COLUMNS + " FROM ride_stop WHERE id = :id").param("id", stopId)
                .query(RideRepository::mapStop).optional();
    }

    long insertStop(String siteId, long rideId, String village, String pickupPoint, LocalTime pickupAt,
                    OffsetDateTime now) {
        UUID publicId = UUID.randomUUID();
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM ride_stop WHERE ride_id = :r")
                .param("r", rideId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO ride_stop (public_id, site_id, ride_id, position, village, pickup_point, pickup_at,
                                       created_at, updated_at)
                VALUES (:p, :site, :ride, :position, :village, :point, :at, :now, :now)""")
                .param("p", publicId).param("site", siteId).param("ride", rideId).param("position", position)
                .param("village", village).param("point", pickupPoint).param("at", pickupAt).param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM ride_stop WHERE public_id = :p").param("p", publicId).query(Long.class).single();
    }

    Optional<RideStop> stopByPublicId(UUID publicId) {
        return jdbc.sql("SELECT " + STOP_COLUMNS + " FROM ride_stop WHERE public_id = :p").param("p", publicId)
                .query(RideRepository::mapStop).optional();
    }

    /**
     * Before a copy's stops are written in its order: the ride's stops out of the way of the new positions (each at
     * minus its id, which no other stop has; a stop the hub removed and a resident booked here stays there).
     */
    void unorderStops(long rideId) {
        jdbc.sql("UPDATE ride_stop SET position = -id WHERE ride_id = :r").param("r", rideId).update();
    }

    /** A stop of the hub's ride as the hub has it. */
    void putStop(UUID publicId, String siteId, long rideId, int position, String village, String pickupPoint,
                 LocalTime pickupAt, OffsetDateTime now) {
        if (jdbc.sql("""
                UPDATE ride_stop SET position = :position, village = :village, pickup_point = :point, pickup_at = :at,
                    updated_at = :now
                WHERE public_id = :p AND ride_id = :ride""")
                .param("p", publicId).param("ride", rideId).param("position", position).param("village", village)
                .param("point", pickupPoint).param("at", pickupAt).param("now", now).update() == 0) {
            jdbc.sql("""
                    INSERT INTO ride_stop (public_id, site_id, ride_id, position, village, pickup_point, pickup_at,
                                           created_at, updated_at)
                    VALUES (:p, :site, :ride, :position, :village, :point, :at, :now, :now)""")
                    .param("p", publicId).param("site", siteId).param("ride", rideId).param("position", position)
                    .param("village", village).param("point", pickupPoint).param("at", pickupAt).param("now", now)
                    .update();
        }
    }

    /** Removes a stop nobody has ever booked; false otherwise. */
    private boolean deleteUnusedStop(long stopId) {
        return jdbc.sql("""
                DELETE FROM ride_stop WHERE id = :id AND NOT EXISTS (SELECT 1 FROM ride_booking WHERE stop_id = :id)""")
                .param("id", stopId).update() == 1;
    }

    /**
     * Takes a stop off its ride's route when no live booking uses it: deleted when nobody ever booked it, else kept
     * for its cancelled bookings, marked removed. The other stops are numbered 1… again in pickup order. Call with the
     * ride's row locked ({@link #lock}), so no booking of the stop can come in meanwhile. False when a booking uses it.
     */
    boolean removeStop(long stopId, long rideId, OffsetDateTime now) {
        if (liveBookingsAt(stopId) > 0) {
            return false;
        }
        if (!deleteUnusedStop(stopId)) {
            jdbc.sql("UPDATE ride_stop SET removed_at = :now, updated_at = :now WHERE id = :id")
                    .param("id", stopId).param("now", now).update();
        }
        unorderStops(rideId);
        int position = 1;
        for (RideStop stop : stops(rideId)) {
            jdbc.sql("UPDATE ride_stop SET position = :position WHERE id = :id")
                    .param("position", position++).param("id", stop.id()).update();
        }
        return true;
    }

    /** The confirmed bookings that get on at the stop. */
    int liveBookingsAt(long stopId) {
        return jdbc.sql("SELECT COUNT(*) FROM ride_booking WHERE stop_id = :id AND status = 'CONFIRMED'")
                .param("id", stopId).query(Integer.class).single();
    }

    /** Waits for the ride's row as a booking would: what follows in the transaction sees every booking before it. */
    void lock(long rideId, OffsetDateTime now) {
        jdbc.sql("UPDATE ride SET updated_at = :now WHERE id = :id").param("id", rideId).param("now", now).update();
    }

    /**
     * Takes seats and a wheelchair place if both are free. One conditional UPDATE locks the ride's row until the
     * transaction ends, so two kiosks can never both take the last seat or place; the CHECKs back it up. A change of a
     * booking on the same ride passes the difference (a number below zero gives places back in the same statement).
     */
    boolean reserve(long rideId, int seats, int wheelchairPlaces, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE ride SET seats_booked = seats_booked + :seats,
                                wheelchair_booked = wheelchair_booked + :wheelchair, updated_at = :now
                WHERE id = :id AND seats_booked + :seats <= seats
                  AND wheelchair_booked + :wheelchair <= wheelchair_places""")
                .param("id", rideId).param("seats", seats).param("wheelchair", wheelchairPlaces).param("now", now)
                .update() == 1;
    }

    void release(long rideId, int seats, int wheelchairPlaces, OffsetDateTime now) {
        int updated = jdbc.sql("""
                UPDATE ride SET seats_booked = seats_booked - :seats,
                                wheelchair_booked = wheelchair_booked - :wheelchair, updated_at = :now
                WHERE id = :id AND seats_booked >= :seats AND wheelchair_booked >= :wheelchair""")
                .param("id", rideId).param("seats", seats).param("wheelchair", wheelchairPlaces).param("now", now)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("ride " + rideId + " has fewer places taken than are given back");
        }
    }

    // ---- escrow of seats and wheelchair places (RidePools)

    /** Hub: takes places of one counter from the pool, only if it has them. */
    boolean reserve(RideCounter counter, UUID ride, int places, OffsetDateTime now) {
        return jdbc.sql("UPDATE ride SET " + counter.booked + " = " + counter.booked + " + :places, updated_at = :now "
                        + "WHERE public_id = :p AND " + counter.booked + " + :places <= " + counter.capacity)
                .param("p", ride).param("places", places).param("now", now).update() == 1;
    }

    /** Hub: places a site gave back. */
    void release(RideCounter counter, UUID ride, int places, OffsetDateTime now) {
        if (jdbc.sql("UPDATE ride SET " + counter.booked + " = " + counter.booked + " - :places, updated_at = :now "
                        + "WHERE public_id = :p AND " + counter.booked + " >= :places")
                .param("p", ride).param("places", places).param("now", now).update() != 1) {
            throw new IllegalStateException("ride " + ride + " has fewer places taken than are given back");
        }
    }

    /** Hub: what a site's residents hold of the counter, as far as its kiosk has told. */
    int usedBy(RideCounter counter, long rideId, String siteId) {
        return jdbc.sql("SELECT COALESCE(" + counter.taken + ", 0) FROM ride_booking b "
                        + "WHERE b.ride_id = :r AND b.site_id = :site AND b.status = 'CONFIRMED'")
                .param("r", rideId).param("site", siteId).query(Integer.class).single();
    }

    /** Kiosk: the hub's count of places granted here; capacity follows, an older (smaller) count changes nothing. */
    void takeGrant(RideCounter counter, UUID ride, int granted, int hubFree, OffsetDateTime now) {
        jdbc.sql("UPDATE ride SET " + counter.capacity + " = " + counter.capacity + " + (:granted - " + counter.granted
                        + "), " + counter.granted + " = :granted, " + counter.hubFree + " = :hubFree, updated_at = :now "
                        + "WHERE public_id = :p AND from_hub AND " + counter.granted + " <= :granted")
                .param("p", ride).param("granted", granted).param("hubFree", Math.max(0, hubFree)).param("now", now)
                .update();
    }

    /** Kiosk: gives back the places held and not booked; returns how many. */
    int returnSpare(RideCounter counter, UUID ride, OffsetDateTime now) {
        Integer spare = jdbc.sql("SELECT " + counter.capacity + " - " + counter.booked + " FROM ride WHERE public_id = :p "
                        + "AND from_hub").param("p", ride).query(Integer.class).optional().orElse(0);
        if (spare <= 0) {
            return 0;
        }
        int updated = jdbc.sql("UPDATE ride SET " + counter.returned + " = " + counter.returned + " + :spare, "
                        + counter.capacity + " = " + counter.capacity + " - :spare, updated_at = :now "
                        + "WHERE public_id = :p AND " + counter.capacity + " - " + counter.booked + " >= :spare")
                .param("p", ride).param("spare", spare).param("now", now).update();
        return updated == 1 ? spare : 0;
    }

    /** Kiosk: the places of each hub ride given back, all time. */
    Map<UUID, Integer> returnedPlaces(RideCounter counter) {
        Map<UUID, Integer> returned = new HashMap<>();
        jdbc.sql("SELECT public_id, " + counter.returned + " FROM ride WHERE " + counter.returned + " > 0")
                .query((rs, row) -> returned.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return returned;
    }

    /** Kiosk: a ride that becomes a hub ride's copy holds no places until the hub grants some. Only if unbooked. */
    void holdNothing(long rideId) {
        jdbc.sql("""
                UPDATE ride SET seats = 0, wheelchair_places = 0, seats_granted = 0, seats_returned = 0,
                    wheelchair_granted = 0, wheelchair_returned = 0, seats_hub_free = 0, wheelchair_hub_free = 0
                WHERE id = :id AND seats_booked = 0 AND wheelchair_booked = 0""").param("id", rideId).update();
    }

    // ---- the hub's sites of rides on their own

    List<String> sitesOf(long rideId) {
        return jdbc.sql("SELECT site_id FROM hub_ride_site WHERE ride_id = :r ORDER BY site_id")
                .param("r", rideId).query(String.class).list();
    }

    void offer(long rideId, String siteId) {
        jdbc.sql("INSERT INTO hub_ride_site (ride_id, site_id) VALUES (:r, :site)")
                .param("r", rideId).param("site", siteId).update();
    }

    void withdraw(long rideId, String siteId) {
        jdbc.sql("DELETE FROM hub_ride_site WHERE ride_id = :r AND site_id = :site")
                .param("r", rideId).param("site", siteId).update();
    }

    /** Hub: rides on their own offered at the site, from the day on, whose personal data is kept; no draft (V95). */
    List<Ride> standaloneOfferedAt(String siteId, LocalDate day) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS.replaceAll("(^|, )", "$1r.") + """
                 FROM ride r JOIN hub_ride_site o ON o.ride_id = r.id
                WHERE o.site_id = :site AND r.event_id IS NULL AND r.ride_date >= :day
                  AND r.personal_data_deleted_at IS NULL AND NOT r.draft ORDER BY r.id""")
                .param("site", siteId).param("day", day).query(RideRepository::mapRide).list();
    }

    /** A campaign's copy not yet published (V95): offered nowhere. */
    boolean draft(long rideId) {
        return jdbc.sql("SELECT draft FROM ride WHERE id = :r").param("r", rideId).query(Boolean.class).optional()
                .orElse(false);
    }

    /** Bookings of the ride, any status. */
    int bookingsOf(long rideId) {
        return jdbc.sql("SELECT COUNT(*) FROM ride_booking WHERE ride_id = :r").param("r", rideId)
                .query(Integer.class).single();
    }

    /** Bookings a site's residents hold of the ride, any status, as far as its kiosk has told. */
    int bookingsBy(long rideId, String siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM ride_booking WHERE ride_id = :r AND site_id = :site")
                .param("r", rideId).param("site", siteId).query(Integer.class).single();
    }

    RideBooking insertBooking(String siteId, long rideId, long stopId, String code, Person person, int seats,
                              boolean wheelchair, String language, OffsetDateTime now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ride_booking (public_id, site_id, ride_id, stop_id, status, reference_code, first_name,
                    last_name, phone, seats, wheelchair, language, created_at, updated_at)
                VALUES (:p, :site, :ride, :stop, 'CONFIRMED', :code, :first, :last, :phone, :seats, :wheelchair,
                    :language, :now, :now)""")
                .param("p", publicId).param("site", siteId).param("ride", rideId).param("stop", stopId)
                .param("code", code).param("first", person.firstName()).param("last", person.lastName())
                .param("phone", person.phone()).param("seats", seats).param("wheelchair", wheelchair)
                .param("language", language).param("now", now).update();
        RideBooking made = bookingByPublicId(publicId).orElseThrow();
        outbox(made.id(), now);
        return made;
    }

    Optional<RideBooking> bookingByPublicId(UUID publicId) {
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + " FROM ride_booking b WHERE b.public_id = :p").param("p", publicId)
                .query(RideRepository::mapBooking).optional();
    }

    /** A booking of the hub's ride goes up: an outbox row in the same transaction as the change (DESIGN.md §8). */
    void outbox(long bookingId, OffsetDateTime now) {
        jdbc.sql("SELECT b.public_id FROM ride_booking b JOIN ride r ON r.id = b.ride_id WHERE b.id = :id AND r.from_hub")
                .param("id", bookingId).query(UUID.class).optional()
                .ifPresent(publicId -> outbox.add(OUTBOX_KIND, publicId, now));
    }

    /** The hub's copy of a booking, as far as it has one: its site and the kiosk's version of the state held. */
    Optional<Map.Entry<String, Long>> copyVersion(UUID publicId) {
        return jdbc.sql("SELECT site_id, sync_version FROM ride_booking WHERE public_id = :p").param("p", publicId)
                .query((rs, row) -> Map.entry(rs.getString("site_id"), rs.getLong("sync_version"))).optional();
    }

    /** The hub stores a state of a kiosk's booking: new, or newer than the one held. */
    void storeCopy(RideBookingRecord record, long rideId, long stopId, boolean exists) {
        String sql = exists ? """
                UPDATE ride_booking SET ride_id = :ride, stop_id = :stop, status = :status, first_name = :first, last_name = :last,
                    phone = :phone, seats = :seats, wheelchair = :wheelchair, language = :language,
                    cancelled_at = :cancelled, updated_at = :updated, sync_version = :version, boarded_at = :boarded,
                    bus_no_show_at = :noShow, walk_on = :walkOn
                WHERE public_id = :p""" : """
                INSERT INTO ride_booking (public_id, site_id, ride_id, stop_id, status, reference_code, first_name,
                    last_name, phone, seats, wheelchair, language, cancelled_at, created_at, updated_at, sync_version,
                    boarded_at, bus_no_show_at, walk_on)
                VALUES (:p, :site, :ride, :stop, :status, :code, :first, :last, :phone, :seats, :wheelchair,
                    :language, :cancelled, :created, :updated, :version, :boarded, :noShow, :walkOn)""";
        BoardingMarks marks = record.boarding() == null ? BoardingMarks.NONE : record.boarding();
        jdbc.sql(sql).param("p", record.publicId()).param("site", record.siteId()).param("ride", rideId)
                .param("stop", stopId).param("status", record.status()).param("code", record.referenceCode())
                .param("first", record.firstName()).param("last", record.lastName()).param("phone", record.phone())
                .param("seats", record.seats()).param("wheelchair", record.wheelchair())
                .param("language", record.language()).param("cancelled", record.cancelledAt())
                .param("created", record.createdAt()).param("updated", record.updatedAt())
                .param("version", record.version()).param("boarded", marks.boardedAt())
                .param("noShow", marks.busNoShowAt()).param("walkOn", marks.walkOn()).update();
    }

    Optional<RideBooking> booking(long id) {
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + " FROM ride_booking b WHERE b.id = :id").param("id", id)
                .query(RideRepository::mapBooking).optional();
    }

    /** The newest booking under a code: a live one before cancelled ones. */
    Optional<RideBooking> byCode(String code) {
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + """
                 FROM ride_booking b WHERE b.reference_code = :code
                ORDER BY CASE WHEN b.status = 'CONFIRMED' THEN 0 ELSE 1 END, b.id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("code", code).query(RideRepository::mapBooking).optional();
    }

    /** Whether a ride booked on its own holds the code; codes of sign-ups' rides are the sign-ups' own. */
    boolean standaloneCodeTaken(String code) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM ride_booking b JOIN ride r ON r.id = b.ride_id
                WHERE b.reference_code = :code AND r.event_id IS NULL""")
                .param("code", code).query(Integer.class).single() > 0;
    }

    /** A live booking's new stop (on its ride or another of the event's), seats and wheelchair place; goes up too. */
    boolean changeBooking(long bookingId, long rideId, long stopId, int seats, boolean wheelchair, OffsetDateTime now) {
        boolean changed = jdbc.sql("""
                UPDATE ride_booking SET ride_id = :ride, stop_id = :stop, seats = :seats, wheelchair = :wheelchair,
                    updated_at = :now
                WHERE id = :id AND status = 'CONFIRMED'""")
                .param("id", bookingId).param("ride", rideId).param("stop", stopId).param("seats", seats)
                .param("wheelchair", wheelchair).param("now", now).update() == 1;
        if (changed) {
            outbox(bookingId, now);
        }
        return changed;
    }

    boolean cancel(long bookingId, OffsetDateTime now) {
        boolean cancelled = jdbc.sql("""
                UPDATE ride_booking SET status = 'CANCELLED', cancelled_at = :now, updated_at = :now
                WHERE id = :id AND status = 'CONFIRMED'""").param("id", bookingId).param("now", now).update() == 1;
        if (cancelled) {
            outbox(bookingId, now);
        }
        return cancelled;
    }

    /** Confirmed bookings of a ride in pickup order, then booking order: the driver's order. */
    List<ManifestRow> manifest(long rideId) {
        Map<Long, RideStop> stops = new HashMap<>();
        stops(rideId).forEach(stop -> stops.put(stop.id(), stop));
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + """
                 FROM ride_booking b JOIN ride_stop s ON s.id = b.stop_id
                WHERE b.ride_id = :r AND b.status = 'CONFIRMED'
                ORDER BY s.pickup_at, s.position, b.id""")
                .param("r", rideId).query(RideRepository::mapBooking).list().stream()
                .map(b -> new ManifestRow(stops.get(b.stopId()), b)).toList();
    }

    void addSlip(long bookingId, long printJobId, String purpose) {
        jdbc.sql("INSERT INTO ride_slip (booking_id, print_job_id, purpose) VALUES (:b, :j, :p)")
                .param("b", bookingId).param("j", printJobId).param("p", purpose).update();
    }

    List<Long> slipJobs(long bookingId) {
        return jdbc.sql("SELECT print_job_id FROM ride_slip WHERE booking_id = :b ORDER BY print_job_id")
                .param("b", bookingId).query(Long.class).list();
    }

    /**
     * Removes the links to the ride's slips, so the print jobs can go; returns the jobs' ids. A booking moved to
     * another ride of the event leaves its earlier slips here (they belong to this ride), so those go too.
     */
    List<Long> unlinkSlips(long rideId) {
        List<Long> slips = jdbc.sql("""
                SELECT p.print_job_id FROM ride_slip p JOIN ride_booking b ON b.id = p.booking_id WHERE b.ride_id = :r
                UNION
                SELECT p.print_job_id FROM ride_slip p JOIN print_job j ON j.id = p.print_job_id WHERE j.belongs_to = :owner""")
                .param("r", rideId).param("owner", PrintJobOwner.ride(rideId).key()).query(Long.class).list();
        if (!slips.isEmpty()) {
            jdbc.sql("DELETE FROM ride_slip WHERE print_job_id IN (:ids)").param("ids", slips).update();
        }
        return slips;
    }

    /** What ride_count keeps per stop, status and language: the same text for the kept and the live report figures. */
    private static final String BOOKING_SUMS = " COUNT(*), SUM(seats), SUM(CASE WHEN wheelchair THEN 1 ELSE 0 END), "
            + BoardingRepository.BOARDING_SUMS;

    /** The confirmed bookings per stop and language, from the bookings while they are kept. */
    List<StopTally> liveTallies(long rideId) {
        return tallies("SELECT s.village, s.position, b.language," + BOOKING_SUMS + """
                 FROM ride_booking b JOIN ride_stop s ON s.id = b.stop_id
                WHERE b.ride_id = :r AND b.status = 'CONFIRMED'
                GROUP BY s.village, s.position, b.language""", rideId);
    }

    /** The same as kept at the purge. */
    List<StopTally> keptTallies(long rideId) {
        return tallies("""
                SELECT COALESCE(s.village, ''), COALESCE(s.position, 0), c.language, SUM(c.bookings), SUM(c.seats),
                       SUM(c.wheelchair), SUM(c.boarded), SUM(c.no_shows), SUM(c.walk_ons)
                  FROM ride_count c LEFT JOIN ride_stop s ON s.id = c.stop_id
                 WHERE c.ride_id = :r AND c.status = 'CONFIRMED'
                 GROUP BY s.village, s.position, c.language""", rideId);
    }

    private List<StopTally> tallies(String sql, long rideId) {
        return jdbc.sql(sql).param("r", rideId).query((rs, row) -> new StopTally(rs.getString(1), rs.getInt(2),
                rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .list();
    }

    /**
     * Deletes a ride's personal data: counts kept first, then the bookings (their print jobs go first, through
     * {@link #unlinkSlips} and the printing feature). Returns the bookings deleted.
     */
    int deletePersonalData(long rideId, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO ride_count (ride_id, stop_id, status, language, bookings, seats, wheelchair, boarded,
                    no_shows, walk_ons, counted_at)
                SELECT ride_id, stop_id, status, language,""" + BOOKING_SUMS + """
                    , :now
                FROM ride_booking WHERE ride_id = :r GROUP BY ride_id, stop_id, status, language""")
                .param("r", rideId).param("now", now).update();
        int deleted = jdbc.sql("DELETE FROM ride_booking WHERE ride_id = :r").param("r", rideId).update();
        jdbc.sql("UPDATE ride SET personal_data_deleted_at = :now, updated_at = :now WHERE id = :r")
                .param("r", rideId).param("now", now).update();
        return deleted;
    }

    private static Map<String, Object> draftParams(RideDraft draft, LocalDate date, OffsetDateTime now) {
        Map<String, Object> params = new HashMap<>();
        params.put("eventId", draft.eventId());
        params.put("date", date);
        params.putAll(LocalizedColumns.parameters("name", draft.name().map(String::strip)));
        params.put("destination", text(draft.destination()));
        params.put("vehicle", draft.vehicle().name());
        params.put("seats", draft.seats());
        params.put("wheelchair", draft.wheelchairPlaces());
        params.put("returns", draft.returnsAt());
        params.put("operator", text(draft.operatorName()));
        params.put("phone", text(draft.contactPhone()));
        params.put("now", now);
        return params;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Ride mapRide(ResultSet rs, int row) throws SQLException {
        return new Ride(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("site_id"),
                rs.getObject("event_id", Long.class), rs.getObject("ride_date", LocalDate.class),
                LocalizedColumns.read(rs, "name"), rs.getString("destination"),
                Vehicle.valueOf(rs.getString("vehicle")), rs.getInt("seats"), rs.getInt("seats_booked"),
                rs.getInt("wheelchair_places"), rs.getInt("wheelchair_booked"),
                rs.getObject("returns_at", LocalTime.class), rs.getString("operator_name"),
                rs.getString("contact_phone"), rs.getObject("personal_data_deleted_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getBoolean("from_hub"), rs.getBoolean("closed"), rs.getInt("seats_hub_free"),
                rs.getInt("wheelchair_hub_free"));
    }

    private static RideStop mapStop(ResultSet rs, int row) throws SQLException {
        return new RideStop(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getLong("ride_id"),
                rs.getInt("position"), rs.getString("village"), rs.getString("pickup_point"),
                rs.getObject("pickup_at", LocalTime.class), rs.getObject("removed_at", OffsetDateTime.class) != null);
    }

    private static RideBooking mapBooking(ResultSet rs, int row) throws SQLException {
        return new RideBooking(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("site_id"),
                rs.getLong("ride_id"), rs.getLong("stop_id"), rs.getString("status"), rs.getString("reference_code"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone"), rs.getInt("seats"),
                rs.getBoolean("wheelchair"), rs.getString("language"),
                rs.getObject("cancelled_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
