package fi.palvelupiste.kiosk;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The seeded bus to the police permit office in Kuopio (V22, its rides and stops V51), moved to dates relative to the
 * clock: the seed's dates are absolute, and a test that needs the trip open would fail once the real date passes them.
 */
public final class SeededTrip {

    public static final String TRIP = "6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e02";
    public static final String BUS = "8b3e2f40-0000-4000-8000-000000000001";
    public static final String TAXI = "8b3e2f40-0000-4000-8000-000000000002";
    public static final String KUUSLAHTI_STOP = "8b3e2f40-0000-4000-8000-000000000102";

    /** As far ahead as the seed's trip was of the seed's writing, and as long open as it was. */
    private static final int DAYS_AHEAD = 66;
    private static final int CLOSES_DAYS_BEFORE = 2;

    private SeededTrip() {
    }

    /**
     * Puts the trip {@value #DAYS_AHEAD} days after the clock's today with its sign-up open now (and its personal
     * data not yet deleted, which a retention test that ran earlier in the shared database may have done).
     *
     * @return the trip's id
     */
    public static long openFor(JdbcClient jdbc, Clock clock) {
        LocalDate date = LocalDate.now(clock).plusDays(DAYS_AHEAD);
        OffsetDateTime opens = OffsetDateTime.now(clock).minusDays(1);
        OffsetDateTime closes = ZonedDateTime.of(date.minusDays(CLOSES_DAYS_BEFORE).atTime(16, 0), clock.getZone())
                .toOffsetDateTime();
        long trip = jdbc.sql("SELECT id FROM signup_event WHERE public_id = CAST(:p AS UUID)").param("p", TRIP)
                .query(Long.class).single();
        jdbc.sql("""
                UPDATE signup_event SET event_date = :date, signup_opens_at = :opens, signup_closes_at = :closes,
                       personal_data_deleted_at = NULL
                WHERE id = :id""")
                .param("date", date).param("opens", opens).param("closes", closes).param("id", trip).update();
        jdbc.sql("""
                UPDATE ride SET ride_date = :date, personal_data_deleted_at = NULL
                WHERE public_id IN (CAST(:bus AS UUID), CAST(:taxi AS UUID))""")
                .param("date", date).param("bus", BUS).param("taxi", TAXI).update();
        return trip;
    }
}
