package fi.palvelupiste.kiosk.storage;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database file that will not open: the kiosk starts on an emergency database instead, and a restore staff
 * confirmed brings back the backup, keeps the damaged file and carries today's numbers over.
 */
class DatabaseRecoveryTest {

    @TempDir
    Path data;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @AfterEach
    void letGoOfTheCheckedFile() {
        DatabaseRecovery.releaseCheck();
    }

    @Test
    void a_damaged_database_starts_the_kiosk_on_an_emergency_one_and_a_confirmed_restore_brings_the_backup_back()
            throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("db/kiosk") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        migrate(url);
        Path backup = data.resolve("backup/kiosk-night.zip");
        Files.createDirectories(backup.getParent());
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO audit_log (actor, what, at) VALUES ('test', 'before the backup', CURRENT_TIMESTAMP)");
            sql.execute("BACKUP TO '" + backup + "'");
        }
        Path file = data.resolve("db/kiosk.mv.db");
        damage(file);

        StandardEnvironment first = environment(url);
        new DatabaseRecovery().postProcessEnvironment(first, new SpringApplication());

        String emergency = first.getProperty("spring.datasource.url");
        assertThat(emergency).contains("/db/emergency/kiosk").endsWith(";LOCK_TIMEOUT=10000;WRITE_DELAY=0");
        assertThat(first.getProperty(DatabaseRecovery.DAMAGED_PROPERTY)).isEqualTo(file.toString());
        migrate(emergency);
        try (Connection db = DriverManager.getConnection(emergency, "sa", ""); Statement sql = db.createStatement()) {
            // what the emergency day gave out: A005 was the last number, A004 is still waiting
            sql.execute("UPDATE service_queue SET last_number = 5, counter_day = DATE '" + today + "' WHERE prefix = 'A'");
            sql.execute("INSERT INTO ticket (public_id, queue_id, service_day, ticket_number, display_number, language, "
                    + "status, created_at) SELECT RANDOM_UUID(), id, DATE '" + today + "', 4, 'A004', 'fi', 'WAITING', "
                    + "CURRENT_TIMESTAMP FROM service_queue WHERE prefix = 'A'");
        }

        new DatabaseFiles(data.resolve("db/kiosk")).requestRestore(backup);
        StandardEnvironment second = environment(url);
        new DatabaseRecovery().postProcessEnvironment(second, new SpringApplication());

        assertThat(second.getProperty("spring.datasource.url")).isEqualTo(url);
        assertThat(second.getProperty(DatabaseRecovery.DAMAGED_PROPERTY)).isNull();
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            assertThat(single(sql, "SELECT COUNT(*) FROM audit_log WHERE what = 'before the backup'")).isEqualTo(1);
            assertThat(single(sql, "SELECT last_number FROM service_queue WHERE prefix = 'A'"))
                    .as("the next number today is A006, not A001 again").isEqualTo(5);
            assertThat(single(sql, "SELECT COUNT(*) FROM ticket WHERE display_number = 'A004' AND status = 'WAITING'"))
                    .isEqualTo(1);
        }
        try (var kept = Files.walk(data.resolve("db/damaged"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).contains("kiosk.mv.db");
        }
        assertThat(data.resolve("db/restore-request")).doesNotExist();
        assertThat(data.resolve("db/emergency")).doesNotExist();
    }

    @Test
    void a_healthy_or_missing_database_is_left_alone() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("db/kiosk") + ";WRITE_DELAY=0";
        StandardEnvironment fresh = environment(url);
        new DatabaseRecovery().postProcessEnvironment(fresh, new SpringApplication());
        assertThat(fresh.getProperty("spring.datasource.url")).isEqualTo(url);

        migrate(url);
        StandardEnvironment healthy = environment(url);
        new DatabaseRecovery().postProcessEnvironment(healthy, new SpringApplication());
        assertThat(healthy.getProperty("spring.datasource.url")).isEqualTo(url);
        assertThat(healthy.getProperty(DatabaseRecovery.DAMAGED_PROPERTY)).isNull();
    }

    @Test
    void a_healthy_database_stays_open_from_the_check_until_the_pool_has_its_own_connection() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("db/kiosk") + ";WRITE_DELAY=0";
        migrate(url);

        new DatabaseRecovery().postProcessEnvironment(environment(url), new SpringApplication());

        try (Connection pool = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
             Statement sql = pool.createStatement()) {
            assertThat(single(sql, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"))
                    .as("the check's session and this one: the file was not closed and opened again").isEqualTo(2);
            DatabaseRecovery.releaseCheck();
            assertThat(single(sql, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")).isEqualTo(1);
        }
    }

    /** What a failing SD card does: the file is there, its contents are not what H2 wrote. */
    static void damage(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 0, Math.min(bytes.length, 8192), (byte) 0x5a);
        Files.write(file, bytes);
    }

    private static void migrate(String url) {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    private static StandardEnvironment environment(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
        return environment;
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (var row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
