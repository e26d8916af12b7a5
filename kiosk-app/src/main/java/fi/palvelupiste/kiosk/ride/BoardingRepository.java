package fi.palvelupiste.kiosk.ride;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The bus day's ticks on ride bookings (V95): boarded, not come, added on the bus; and their counts. */
@Repository
class BoardingRepository {

    private static final String TRAVELLERS = "(seats + CASE WHEN wheelchair THEN 1 ELSE 0 END)";

    /** People boarded, not come and added on the bus, summed over bookings: kept in ride_count after the purge. */
    static final String BOARDING_SUMS = "SUM(CASE WHEN boarded_at IS NOT NULL THEN " + TRAVELLERS + " ELSE 0 END), "
            + "SUM(CASE WHEN bus_no_show_at IS NOT NULL THEN " + TRAVELLERS + " ELSE 0 END), "
            + "SUM(CASE WHEN walk_on THEN " + TRAVELLERS + " ELSE 0 END)";

    private final JdbcClient jdbc;

    BoardingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The confirmed bookings at a stop, by surname. */
    List<Passenger> atStop(long rideId, long stopId) {
        return jdbc.sql("""
                SELECT id, first_name, last_name, language, seats, wheelchair, walk_on, boarded_at, bus_no_show_at
                  FROM ride_booking
                 WHERE ride_id = :r AND stop_id = :s AND status = 'CONFIRMED'
                 ORDER BY last_name, first_name, id""")
                .param("r", rideId).param("s", stopId)
                .query((rs, row) -> new Passenger(rs.getLong("id"), rs.getString("first_name"),
                        rs.getString("last_name"), rs.getString("language"), rs.getInt("seats"),
                        rs.getBoolean("wheelchair"), rs.getBoolean("walk_on"),
                        rs.getObject("boarded_at") != null ? Passenger.Boarding.BOARDED
                                : rs.getObject("bus_no_show_at") != null ? Passenger.Boarding.NO_SHOW
                                : Passenger.Boarding.EXPECTED, Passenger.Source.RIDE_BOOKING))
                .list();
    }

    /** The codes of the live ride bookings on any ride of the event: their sign-ups are ticked on the ride. */
    Set<String> codesOnRidesOf(long eventId) {
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT b.reference_code FROM ride_booking b JOIN ride r ON r.id = b.ride_id
                 WHERE r.event_id = :e AND b.status = 'CONFIRMED'""")
                .param("e", eventId).query(String.class).list());
    }

    /** @return false when the booking is not a confirmed one of that ride (cancelled meanwhile, or deleted) */
    boolean mark(long rideId, long bookingId, Passenger.Boarding boarding, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE ride_booking
                   SET boarded_at = CASE WHEN :boarding = 'BOARDED' THEN :now END,
                       bus_no_show_at = CASE WHEN :boarding = 'NO_SHOW' THEN :now END,
                       updated_at = :now
                 WHERE id = :id AND ride_id = :r AND status = 'CONFIRMED'""")
                .param("boarding", boarding.name()).param("now", now).param("id", bookingId).param("r", rideId)
                .update() == 1;
    }

    /** The booking's ticks, as they go up with it. */
    BoardingMarks marks(long bookingId) {
        return jdbc.sql("SELECT boarded_at, bus_no_show_at, walk_on FROM ride_booking WHERE id = :id")
                .param("id", bookingId)
                .query((rs, row) -> new BoardingMarks(rs.getObject("boarded_at", OffsetDateTime.class),
                        rs.getObject("bus_no_show_at", OffsetDateTime.class), rs.getBoolean("walk_on")))
                .optional().orElse(BoardingMarks.NONE);
    }

    void markWalkOn(long bookingId, OffsetDateTime now) {
        jdbc.sql("UPDATE ride_booking SET walk_on = TRUE, boarded_at = :now, updated_at = :now WHERE id = :id")
                .param("now", now).param("id", bookingId).update();
    }

    /** Boarded, not come, walked on: from the bookings while they are kept. */
    int[] live(long rideId) {
        return sums("SELECT " + BOARDING_SUMS + " FROM ride_booking WHERE ride_id = :r AND status = 'CONFIRMED'", rideId);
    }

    /** The same from what was counted when the bookings were deleted. */
    int[] kept(long rideId) {
        return sums("SELECT SUM(boarded), SUM(no_shows), SUM(walk_ons) FROM ride_count "
                + "WHERE ride_id = :r AND status = 'CONFIRMED'", rideId);
    }

    private int[] sums(String sql, long rideId) {
        return jdbc.sql(sql).param("r", rideId)
                .query((rs, row) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3)}).single();
    }
}
