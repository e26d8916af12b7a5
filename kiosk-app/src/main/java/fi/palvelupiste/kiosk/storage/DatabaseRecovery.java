package fi.palvelupiste.kiosk.storage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Before anything opens the database: carries out a restore that staff confirmed, and when the kiosk's H2 file
 * will not open (damaged by a failing SD card, say), starts the kiosk on a temporary emergency database instead of
 * not at all, so residents still get queue numbers; staff see what happened and choose a backup to restore
 * (storage page). Nothing is restored or deleted without that confirmation; the damaged file is always kept.
 * The connection that found the file healthy stays open until the pool has one of its own ({@link #releaseCheck}),
 * so that H2 opens the file once per start, not twice.
 */
public class DatabaseRecovery implements EnvironmentPostProcessor {

    /** Set when the kiosk runs on the emergency database: the damaged file's path. */
    public static final String DAMAGED_PROPERTY = "kiosk.storage.damaged-database";

    private static final Logger log = LoggerFactory.getLogger(DatabaseRecovery.class);
    /** H2 errors that say nothing about the file's health: in use by another process, not there, wrong password. */
    private static final Set<Integer> NOT_DAMAGE = Set.of(90020, 90146, 28000, 90013);
    /** The check's connection, open until the pool has its own: H2 closes a file with its last connection. */
    private static final AtomicReference<@Nullable Connection> CHECK = new AtomicReference<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        Optional<DatabaseFiles> found = DatabaseFiles.of(url);
        if (found.isEmpty()) {
            return;
        }
        DatabaseFiles files = found.get();
        String user = environment.getProperty("spring.datasource.username", "sa");
        String password = environment.getProperty("spring.datasource.password", "");
        String emergencyUrl = DatabaseFiles.urlFor(url, files.emergencyBase());
        Optional<Path> restore = files.pendingRestore();
        if (restore.isPresent()) {
            ZoneId zone = ZoneId.of(environment.getProperty("kiosk.time-zone", "Europe/Helsinki"));
            try {
                Path kept = files.restore(restore.get(), emergencyUrl, user, password, LocalDate.now(zone));
                log.warn("Database restored from {} as staff confirmed; the damaged files are kept in {}",
                        restore.get(), kept);
            } catch (SQLException | RuntimeException e) {
                log.error("Restoring {} failed; the kiosk goes on as before", restore.get(), e);
            }
        }
        if (Files.exists(files.file()) && !opensKeepingOpen(url, user, password)) {
            log.error("The database {} cannot be opened: the kiosk serves queue numbers from an emergency database "
                    + "until staff restore a backup (staff pages, Storage)", files.file());
            environment.getPropertySources().addFirst(new MapPropertySource("emergency-database", Map.of(
                    "spring.datasource.url", emergencyUrl,
                    DAMAGED_PROPERTY, files.file().toString())));
        }
    }

    /** Closes the connection the check left open; called once the pool holds a connection of its own. */
    static void releaseCheck() {
        Connection check = CHECK.getAndSet(null);
        if (check == null) {
            return;
        }
        try {
            check.close();
        } catch (SQLException e) {
            log.debug("The start's check connection was already gone: {}", e.getMessage());
        }
    }

    private static boolean opensKeepingOpen(String url, String user, String password) {
        try {
            Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, password);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            releaseCheck();
            CHECK.set(connection);
            return true;
        } catch (SQLException e) {
            return notDamage(url, e);
        }
    }

    private static boolean notDamage(String url, SQLException e) {
        if (NOT_DAMAGE.contains(e.getErrorCode())) {
            return true; // let the normal start report it
        }
        log.error("Opening {} failed: {}", url, e.getMessage());
        return false;
    }
}
