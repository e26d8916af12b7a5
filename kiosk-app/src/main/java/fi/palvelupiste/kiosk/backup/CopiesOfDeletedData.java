package fi.palvelupiste.kiosk.backup;

import fi.palvelupiste.kiosk.KioskOnly;

import com.zaxxer.hikari.HikariDataSource;
import fi.palvelupiste.kiosk.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Personal data deleted by retention must not live on in copies of the database. After a deletion commits:
 * <ol>
 * <li>the H2 file is compacted ({@code SHUTDOWN COMPACT}, the pool reconnects): H2 leaves deleted rows' bytes in the
 * file's free space until it rewrites it, where anyone with the file could read them;</li>
 * <li>nightly backups and update's {@code pre-update/} copies taken up to that moment are deleted;</li>
 * <li>a fresh backup is taken, so the kiosk is never left without one.</li>
 * </ol>
 * Retention runs at night (03:15); requests in the second or two of the compaction wait for the reconnect or fail
 * once. Only for the embedded H2 in a file: a PostgreSQL hub's backups are its administrators' to rotate.
 */
@KioskOnly
@Component
class CopiesOfDeletedData {

    private static final Logger log = LoggerFactory.getLogger(CopiesOfDeletedData.class);
    /** update.sh names its copies by the local time it ran (date +%Y%m%d-%H%M%S). */
    private static final DateTimeFormatter UPDATE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final DatabaseBackup backups;
    private final KioskProperties properties;
    private final Clock clock;

    CopiesOfDeletedData(DataSource dataSource, DatabaseBackup backups, KioskProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.backups = backups;
        this.properties = properties;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterDeletion(PersonalDataDeleted deleted) throws InterruptedException {
        // on a thread of its own, waited for: this one still holds the committed transaction's connection, which
        // the compaction closes, and database work here would be handed that closed connection
        Thread work = Thread.ofPlatform().name("copies-of-deleted-data")
                .start(() -> removeCopies(LocalDateTime.ofInstant(deleted.at(), clock.getZone())));
        work.join();
    }

    private void removeCopies(LocalDateTime moment) {
        boolean h2File = isH2File();
        if (h2File) {
            compact();
        }
        int oldBackups = backups.deleteTakenAtOrBefore(moment);
        int updateCopies = deleteUpdateCopiesTakenAtOrBefore(moment);
        log.info("Personal data was deleted: removed {} backup(s) and {} pre-update copy(ies) that held it{}",
                oldBackups, updateCopies, h2File ? ", compacted the database file" : "");
        if (h2File && properties.backup().enabled()) {
            try {
                log.info("Fresh backup without the deleted data: {}", backups.backupNow());
            } catch (RuntimeException e) {
                log.error("The fresh backup after the deletion failed; the nightly one will try again", e);
            }
        }
    }

    private boolean isH2File() {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet path = statement.executeQuery("SELECT DATABASE_PATH()")) {
                return path.next() && path.getString(1) != null;
            }
        } catch (SQLException e) {
            log.warn("Cannot tell which database this is; not compacting it", e);
            return false;
        }
    }

    private void compact() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // the connection that ran SHUTDOWN is closed under the pool's feet; that is expected
            log.debug("After SHUTDOWN COMPACT: {}", e.getMessage());
        }
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            }
        } catch (SQLException e) {
            log.warn("Could not renew the database connections after compacting", e);
        }
    }

    private int deleteUpdateCopiesTakenAtOrBefore(LocalDateTime moment) {
        Path directory = properties.dataDir().resolve("pre-update");
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> copies = Files.list(directory)) {
            for (Path copy : copies.toList()) {
                if (takenAtOrBefore(copy, moment)) {
                    deleteTree(copy);
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not remove the pre-update copies in {} that hold deleted personal data (update.sh "
                    + "makes them as root: they must belong to the kiosk's user)", directory, e);
        }
        return deleted;
    }

    private static boolean takenAtOrBefore(Path copy, LocalDateTime moment) {
        try {
            return !LocalDateTime.parse(copy.getFileName().toString(), UPDATE_STAMP).isAfter(moment);
        } catch (DateTimeParseException notAnUpdateCopy) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
