package fi.palvelupiste.kiosk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The kiosk's H2 file under a benchmark's data directory, opened as the next start would open it (with the kiosk
 * stopped), and the seeded photo day and service ride made roomy enough for any number of bookings.
 */
final class BenchDatabase {

    private static final String PHOTO_DAY = "6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01";
    private static final String SERVICE_RIDE = "8b3e2f40-0000-4000-8000-000000000003";

    /** The seeded photo day and service ride, by their database ids. */
    record Room(long photoDayId, long rideId) {
    }

    private BenchDatabase() {
    }

    static Connection open(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db").resolve("kiosk"), "sa", "");
    }

    /** Dates that are always ahead and room for 100,000 sign-ups and ride seats; the kiosk must be stopped. */
    static Room makeRoom(Path data) throws SQLException {
        try (Connection db = open(data); Statement sql = db.createStatement()) {
            LocalDate today = LocalDate.now();
            sql.executeUpdate("UPDATE signup_event SET event_date = DATE '" + today.plusDays(30) + "', "
                    + "signup_closes_at = TIMESTAMP WITH TIME ZONE '" + today.plusDays(29) + " 16:00:00+02:00' "
                    + "WHERE public_id = '" + PHOTO_DAY + "'");
            sql.executeUpdate("UPDATE signup_slot SET capacity = 100000 WHERE event_id = "
                    + "(SELECT id FROM signup_event WHERE public_id = '" + PHOTO_DAY + "')");
            sql.executeUpdate("UPDATE ride SET ride_date = DATE '" + today.plusDays(7) + "', seats = 100000 "
                    + "WHERE public_id = '" + SERVICE_RIDE + "'");
            return new Room(single(sql, "SELECT id FROM signup_event WHERE public_id = '" + PHOTO_DAY + "'"),
                    single(sql, "SELECT id FROM ride WHERE public_id = '" + SERVICE_RIDE + "'"));
        }
    }

    static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
