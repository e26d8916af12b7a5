package fi.palvelupiste.kiosk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kiosk's H2 database as files: the database itself ({@code <base>.mv.db}), the temporary database the kiosk
 * serves queue numbers from while the real one will not open ({@code emergency/}), a restore that staff asked for
 * ({@code restore-request}), and the damaged files kept after a restore ({@code damaged/<time>/}). Plain Java: used
 * before Spring starts.
 */
final class DatabaseFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path base;

    DatabaseFiles(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** The files of an H2 file URL ({@code jdbc:h2:file:./data/db/kiosk;…}), or empty for any other database. */
    static Optional<DatabaseFiles> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(8);
        int options = rest.indexOf(';');
        String path = options < 0 ? rest : rest.substring(0, options);
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:") || lower.startsWith("zip:")) {
            return Optional.empty();
        }
        if (lower.startsWith("file:")) {
            path = path.substring(5);
        }
        return Optional.of(new DatabaseFiles(Path.of(path)));
    }

    Path file() {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    String name() {
        return base.getFileName().toString();
    }

    /** The same URL options, for another base path: the emergency database opens like the real one. */
    static String urlFor(String jdbcUrl, Path otherBase) {
        int options = jdbcUrl.indexOf(';');
        return "jdbc:h2:file:" + otherBase.toAbsolutePath() + (options < 0 ? "" : jdbcUrl.substring(options));
    }

    Path emergencyBase() {
        return base.resolveSibling("emergency").resolve(base.getFileName());
    }

    Path restoreRequest() {
        return base.resolveSibling("restore-request");
    }

    Path damagedDirectory() {
        return base.resolveSibling("damaged");
    }

    /** Staff confirmed: at the next start the kiosk restores this backup (and keeps the damaged file). */
    void requestRestore(Path backup) {
        try {
            Files.writeString(restoreRequest(), backup.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + restoreRequest(), e);
        }
    }

    Optional<Path> pendingRestore() {
        try {
            return Files.exists(restoreRequest())
                    ? Optional.of(Path.of(Files.readString(restoreRequest(), StandardCharsets.UTF_8).strip()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + restoreRequest(), e);
        }
    }

    /**
     * Restores a backup in place of the damaged database: the damaged file (and the emergency database, once
     * what it holds for today has been carried over) are moved into {@code damaged/<time>/}, never deleted.
     *
     * @param emergencyUrl the emergency database's URL, whose numbers and waiting tickets of {@code today} move over
     * @return where the damaged files were kept
     */
    Path restore(Path backup, String emergencyUrl, String user, String password, LocalDate today) throws SQLException {
        Path kept = damagedDirectory().resolve(STAMP.format(LocalDateTime.now()));
        try {
            Files.createDirectories(kept);
            if (Files.exists(file())) {
                Files.move(file(), kept.resolve(file().getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            Path trace = base.resolveSibling(base.getFileName() + ".trace.db");
            if (Files.exists(trace)) {
                Files.move(trace, kept.resolve(trace.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the damaged database in " + kept, e);
        }
        unpack(backup);
        Path emergencyFile = emergencyBase().resolveSibling(emergencyBase().getFileName() + ".mv.db");
        if (Files.exists(emergencyFile)) {
            String restoredUrl = urlFor(emergencyUrl, base);
            try (Connection from = DriverManager.getConnection(emergencyUrl, user, password);
                 Connection to = DriverManager.getConnection(restoredUrl, user, password)) {
                carryOverToday(from, to, today);
            }
            try {
                Files.move(emergencyBase().getParent(), kept.resolve("emergency"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the emergency database in " + kept, e);
            }
        }
        try {
            Files.deleteIfExists(restoreRequest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + restoreRequest(), e);
        }
        return kept;
    }

    /** The database file out of an H2 {@code BACKUP TO} zip, written beside and then renamed into place. */
    private void unpack(Path backup) {
        Path part = file().resolveSibling(file().getFileName() + ".restoring");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().endsWith(".mv.db")) {
                    Files.copy(zip, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, file(), StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + backup, e);
        }
        throw new IllegalArgumentException("no database file in " + backup);
    }

    /**
     * The numbers given out today from the emergency database go on in the restored one (no number twice in a
     * day), and the people still waiting or being served keep their place.
     */
    static void carryOverToday(Connection from, Connection to, LocalDate today) throws SQLException {
        to.setAutoCommit(false);
        try (PreparedStatement counters = from.prepareStatement(
                "SELECT prefix, last_number FROM service_queue WHERE counter_day = ?")) {
            counters.setObject(1, today);
            try (ResultSet row = counters.executeQuery()) {
                while (row.next()) {
                    try (PreparedStatement update = to.prepareStatement("""
                            UPDATE service_queue SET last_number = CASE WHEN counter_day = ?
                                   THEN GREATEST(last_number, ?) ELSE ? END, counter_day = ?
                            WHERE prefix = ?""")) {
                        update.setObject(1, today);
                        update.setInt(2, row.getInt(2));
                        update.setInt(3, row.getInt(2));
                        update.setObject(4, today);
                        update.setString(5, row.getString(1));
                        update.executeUpdate();
                    }
                }
            }
        }
        try (PreparedStatement waiting = from.prepareStatement("""
                SELECT t.public_id, q.prefix, t.ticket_number, t.display_number, t.priority, t.language, t.created_at
                FROM ticket t JOIN service_queue q ON q.id = t.queue_id
                WHERE t.service_day = ? AND t.status IN ('WAITING', 'CALLED')""")) {
            waiting.setObject(1, today);
            try (ResultSet row = waiting.executeQuery()) {
                while (row.next()) {
                    try (PreparedStatement insert = to.prepareStatement("""
                            INSERT INTO ticket (public_id, queue_id, service_day, ticket_number, display_number,
                                                priority, language, status, created_at)
                            SELECT ?, q.id, ?, ?, ?, ?, ?, 'WAITING', ? FROM service_queue q
                            WHERE q.prefix = ? AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.queue_id = q.id
                                  AND t.service_day = ? AND t.ticket_number = ?)""")) {
                        insert.setObject(1, row.getObject(1));
                        insert.setObject(2, today);
                        insert.setInt(3, row.getInt(3));
                        insert.setString(4, row.getString(4));
                        insert.setBoolean(5, row.getBoolean(5));
                        insert.setString(6, row.getString(6));
                        insert.setObject(7, row.getObject(7));
                        insert.setString(8, row.getString(2));
                        insert.setObject(9, today);
                        insert.setInt(10, row.getInt(3));
                        insert.executeUpdate();
                    }
                }
            }
        }
        to.commit();
    }
}
