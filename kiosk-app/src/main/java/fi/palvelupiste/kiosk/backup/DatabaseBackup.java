package fi.palvelupiste.kiosk.backup;

import fi.palvelupiste.kiosk.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Nightly online backup of the embedded H2 database (its {@code BACKUP TO} command: a consistent copy while the
 * kiosk runs) into {@code <data-dir>/backup/kiosk-<time>.zip}, keeping the newest {@code kiosk.backup.keep}.
 * Restore with {@code org.h2.tools.Restore} while the kiosk is stopped (provisioning/README.md).
 */
@Component
public class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "kiosk-";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final KioskProperties properties;
    private final Clock clock;

    DatabaseBackup(JdbcClient jdbc, DataSource dataSource, KioskProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${kiosk.backup.cron:0 30 2 * * *}")
    void nightly() {
        if (!properties.backup().enabled()) {
            return;
        }
        if (!isH2()) {
            log.info("Skipping the nightly backup: the database is not the embedded H2 (back it up with its own tools)");
            return;
        }
        try {
            Path file = backupNow();
            log.info("Database backed up to {}", file);
        } catch (RuntimeException e) {
            log.error("Nightly database backup failed", e);
        }
    }

    /** Writes a backup now and removes the oldest beyond the kept number. */
    public Path backupNow() {
        Path directory = properties.dataDir().resolve("backup").toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        Path file = directory.resolve(PREFIX + FILE_TIME.format(LocalDateTime.now(clock)) + ".zip");
        // BACKUP TO takes no parameters: the path is ours, made of the data directory and a timestamp
        jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
        prune(directory);
        return file;
    }

    /** Backups on disk, newest first. */
    public List<Path> backups() {
        Path directory = properties.dataDir().resolve("backup");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune(Path directory) {
        List<Path> all = backups();
        int keep = Math.max(1, properties.backup().keep());
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                log.warn("Could not remove old backup {}", old, e);
            }
        }
    }

    /**
     * Deletes the backups taken at or before the moment (by the time in their names, the kiosk's local time): they
     * hold personal data that retention has deleted since.
     *
     * @return how many were deleted
     */
    public int deleteTakenAtOrBefore(LocalDateTime moment) {
        int deleted = 0;
        for (Path backup : backups()) {
            String name = backup.getFileName().toString();
            LocalDateTime taken;
            try {
                taken = LocalDateTime.parse(name.substring(PREFIX.length(), name.length() - ".zip".length()), FILE_TIME);
            } catch (DateTimeParseException notOurs) {
                continue;
            }
            try {
                if (!taken.isAfter(moment) && Files.deleteIfExists(backup)) {
                    deleted++;
                }
            } catch (IOException e) {
                log.warn("Could not remove the backup {} that holds deleted personal data", backup, e);
            }
        }
        return deleted;
    }

    private boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
