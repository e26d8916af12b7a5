package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.resident.Person;
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

    private static final String RIDE_COLUMNS = "id, public_id, site_id, event_id, ride_date, name_fi, name_sv, name_en, "
            + "destination, vehicle, seats, seats_booked, wheelchair_places, wheelchair_booked, returns_at, "
            + "operator_name, contact_phone, personal_data_deleted_at, created_at, updated_at";
    private static final String STOP_COLUMNS = "id, public_id, ride_id, position, village, pickup_point, pickup_at";
    private static final String BOOKING_COLUMNS = "b.id, b.public_id, b.site_id, b.ride_id, b.stop_id, b.status, "
            + "b.reference_code, b.first_name, b.last_name, b.phone, b.seats, b.wheelchair, b.language, "
            + "b.cancelled_at, b.created_at, b.updated_at";

    private final JdbcClient jdbc;

    RideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Ride> all() {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + " FROM ride ORDER BY ride_date, id").query(RideRepository::mapRide).list();
    }

    Optional<Ride> find(long id) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + " FROM ride WHERE id = :id").param("id", id)
                .query(RideRepository::mapRide).optional();
    }

    List<Ride> ofEvent(long eventId) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + " FROM ride WHERE event_id = :e ORDER BY id").param("e", eventId)
                .query(RideRepository::mapRide).list();
    }

    /** Rides on their own from the given day on, whose personal data is kept. */
    List<Ride> standaloneFrom(LocalDate day) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + """
                 FROM ride WHERE event_id IS NULL AND ride_date >= :day AND personal_data_deleted_at IS NULL
                ORDER BY ride_date, id""").param("day", day).query(RideRepository::mapRide).list();
    }

    List<Ride> standaloneOnOrBefore(LocalDate day) {
        return jdbc.sql("SELECT " + RIDE_COLUMNS + """
                 FROM ride WHERE event_id IS NULL AND ride_date <= :day AND personal_data_deleted_at IS NULL
                ORDER BY id""").param("day", day).query(RideRepository::mapRide).list();
    }

    long insert(String siteId, RideDraft draft, LocalDate date, OffsetDateTime now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ride (public_id, site_id, event_id, ride_date, name_fi, name_sv, name_en, destination,
                    vehicle, seats, wheelchair_places, returns_at, operator_name, contact_phone, created_at, updated_at)
                VALUES (:publicId, :siteId, :eventId, :date, :nameFi, :nameSv, :nameEn, :destination, :vehicle,
                    :seats, :wheelchair, :returns, :operator, :phone, :now, :now)""")
                .param("publicId", publicId).param("siteId", siteId).params(draftParams(draft, date, now)).update();
        return jdbc.sql("SELECT id FROM ride WHERE public_id = :p").param("p", publicId).query(Long.class).single();
    }

    /** Changes a ride; false when more seats or wheelchair places are already taken than the new numbers. */
    boolean update(long id, RideDraft draft, LocalDate date, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE ride SET event_id = :eventId, ride_date = :date, name_fi = :nameFi, name_sv = :nameSv,
                    name_en = :nameEn, destination = :destination, vehicle = :vehicle, seats = :seats,
                    wheelchair_places = :wheelchair, returns_at = :returns, operator_name = :operator,
                    contact_phone = :phone, updated_at = :now
                WHERE id = :id AND seats_booked <= :seats AND wheelchair_booked <= :wheelchair""")
                .param("id", id).params(draftParams(draft, date, now)).update() == 1;
    }

    List<RideStop> stops(long rideId) {
        return jdbc.sql("SELECT " + STOP_COLUMNS + " FROM ride_stop WHERE ride_id = :r ORDER BY pickup_at, position")
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

    /** Removes a stop nobody has ever booked; false otherwise. */
    boolean deleteUnusedStop(long stopId) {
        return jdbc.sql("""
                DELETE FROM ride_stop WHERE id = :id AND NOT EXISTS (SELECT 1 FROM ride_booking WHERE stop_id = :id)""")
                .param("id", stopId).update() == 1;
    }

    /**
     * Takes seats and a wheelchair place if both are free. One conditional UPDATE locks the ride's row until the
     * transaction ends, so two kiosks can never both take the last seat or place; the CHECKs back it up.
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
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + " FROM ride_booking b WHERE b.public_id = :p").param("p", publicId)
                .query(RideRepository::mapBooking).single();
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

    boolean cancel(long bookingId, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE ride_booking SET status = 'CANCELLED', cancelled_at = :now, updated_at = :now
                WHERE id = :id AND status = 'CONFIRMED'""").param("id", bookingId).param("now", now).update() == 1;
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

    /** Removes the links to the ride's slips, so the print jobs can go; returns the jobs' ids. */
    List<Long> unlinkSlips(long rideId) {
        List<Long> slips = jdbc.sql("""
                SELECT p.print_job_id FROM ride_slip p JOIN ride_booking b ON b.id = p.booking_id WHERE b.ride_id = :r""")
                .param("r", rideId).query(Long.class).list();
        if (!slips.isEmpty()) {
            jdbc.sql("DELETE FROM ride_slip WHERE print_job_id IN (:ids)").param("ids", slips).update();
        }
        return slips;
    }

    /**
     * Deletes a ride's personal data: counts kept first, then the bookings (their print jobs go first, through
     * {@link #unlinkSlips} and the printing feature). Returns the bookings deleted.
     */
    int deletePersonalData(long rideId, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO ride_count (ride_id, stop_id, status, bookings, seats, wheelchair, counted_at)
                SELECT ride_id, stop_id, status, COUNT(*), SUM(seats), SUM(CASE WHEN wheelchair THEN 1 ELSE 0 END), :now
                FROM ride_booking WHERE ride_id = :r GROUP BY ride_id, stop_id, status""")
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
        params.put("nameFi", text(draft.nameFi()));
        params.put("nameSv", text(draft.nameSv()));
        params.put("nameEn", text(draft.nameEn()));
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
                rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en"), rs.getString("destination"),
                Vehicle.valueOf(rs.getString("vehicle")), rs.getInt("seats"), rs.getInt("seats_booked"),
                rs.getInt("wheelchair_places"), rs.getInt("wheelchair_booked"),
                rs.getObject("returns_at", LocalTime.class), rs.getString("operator_name"),
                rs.getString("contact_phone"), rs.getObject("personal_data_deleted_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static RideStop mapStop(ResultSet rs, int row) throws SQLException {
        return new RideStop(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getLong("ride_id"),
                rs.getInt("position"), rs.getString("village"), rs.getString("pickup_point"),
                rs.getObject("pickup_at", LocalTime.class));
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
