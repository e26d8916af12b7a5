package fi.palvelupiste.kiosk.backup;

import fi.palvelupiste.kiosk.KioskOnly;

import fi.palvelupiste.kiosk.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Nightly online backup of the embedded H2 database (its {@code BACKUP TO} command: a consistent copy while the
 * kiosk runs) into {@code <data-dir>/backup/kiosk-<time>.zip}, keeping the newest {@code kiosk.backup.keep}.
 * A backup is written as {@code .zip.part}, read back whole (every entry's CRC), synced to the device and only then
 * renamed: a power cut during a backup leaves a {@code .part} (removed at the next backup), never a broken
 * {@code .zip} that looks like the newest good one. Staff restore one from the storage page when the database
 * will not open.
 */
@KioskOnly
@Component
public class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "kiosk-";
    private static final String PART = ".part";

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
        Path directory = directory();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        removeUnfinished(directory);
        Path file = directory.resolve(PREFIX + FILE_TIME.format(LocalDateTime.now(clock)) + ".zip");
        Path part = file.resolveSibling(file.getFileName() + PART);
        // BACKUP TO takes no parameters: the path is ours, made of the data directory and a timestamp
        jdbc.sql("BACKUP TO '" + part.toString().replace("'", "''") + "'").update();
        if (!isGood(part)) {
            throw new IllegalStateException("the backup " + part + " does not read back whole");
        }
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the backup " + file, e);
        }
        prune(directory);
        return file;
    }

    /**
     * Whether a backup reads back whole: a zip whose every entry inflates with a matching CRC, one of them the
     * database file.
     */
    public static boolean isGood(Path backup) {
        boolean database = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                }
                database |= entry.getName().endsWith(".mv.db") && size > 0;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return database;
    }

    /** The backups that read back whole, newest first. */
    public List<Path> goodBackups() {
        return backups().stream().filter(DatabaseBackup::isGood).toList();
    }

    private static void removeUnfinished(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path unfinished : files.filter(p -> p.getFileName().toString().endsWith(PART)).toList()) {
                Files.deleteIfExists(unfinished);
                log.warn("Removed an unfinished backup {} (the kiosk stopped while writing it)", unfinished);
            }
        } catch (IOException e) {
            log.warn("Could not look for unfinished backups in {}", directory, e);
        }
    }

    /** Backups on disk, newest first. */
    public List<Path> backups() {
        Path directory = directory();
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

    private Path directory() {
        return properties.dataDir().resolve("backup").toAbsolutePath().normalize();
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
