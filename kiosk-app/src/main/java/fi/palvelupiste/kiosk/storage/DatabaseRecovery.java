package fi.palvelupiste.kiosk.storage;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Before anything opens the database: carries out a restore that staff confirmed, and when the kiosk's H2 file
 * will not open (damaged by a failing SD card, say), starts the kiosk on a temporary emergency database instead of
 * not at all, so residents still get queue numbers; staff see what happened and choose a backup to restore
 * (storage page). Nothing is restored or deleted without that confirmation; the damaged file is always kept.
 */
public class DatabaseRecovery implements EnvironmentPostProcessor {

    /** Set when the kiosk runs on the emergency database: the damaged file's path. */
    public static final String DAMAGED_PROPERTY = "kiosk.storage.damaged-database";

    private static final Logger log = LoggerFactory.getLogger(DatabaseRecovery.class);
    /** H2 errors that say nothing about the file's health: in use by another process, not there, wrong password. */
    private static final Set<Integer> NOT_DAMAGE = Set.of(90020, 90146, 28000, 90013);

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
        if (Files.exists(files.file()) && !opens(url, user, password)) {
            log.error("The database {} cannot be opened: the kiosk serves queue numbers from an emergency database "
                    + "until staff restore a backup (staff pages, Storage)", files.file());
            environment.getPropertySources().addFirst(new MapPropertySource("emergency-database", Map.of(
                    "spring.datasource.url", emergencyUrl,
                    DAMAGED_PROPERTY, files.file().toString())));
        }
    }

    static boolean opens(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, password)) {
            connection.createStatement().execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            if (NOT_DAMAGE.contains(e.getErrorCode())) {
                return true; // let the normal start report it
            }
            log.error("Opening {} failed: {}", url, e.getMessage());
            return false;
        }
    }
}
