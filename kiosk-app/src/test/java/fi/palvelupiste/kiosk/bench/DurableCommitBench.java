package fi.palvelupiste.kiosk.bench;

import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Benchmark, not a test: what durable commits cost per queue ticket on this machine. The kiosk's schema (its Flyway
 * migrations) in an H2 file; each ticket is the statements {@code TicketService.take} runs (next number, print job
 * with a slip-sized document, ticket) in one transaction, timed in three ways: H2's default (WRITE_DELAY 500 ms:
 * the commit reaches the file up to a second later), WRITE_DELAY=0 (written at commit; survives kill -9), and the
 * kiosk's setting, WRITE_DELAY=0 plus CHECKPOINT SYNC (on the device; survives a power cut). Run by
 * {@code bench/crash-soak}.
 */
public final class DurableCommitBench {

    private static final int TICKETS = 300;
    private static final String DOCUMENT = "x".repeat(900);

    private DurableCommitBench() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("durable-commit-");
        String url = "jdbc:h2:file:" + directory.resolve("kiosk");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        System.out.println("== per-ticket cost of durable commits (" + TICKETS + " tickets each, H2 file in "
                + directory + ")");
        System.out.printf("%-44s %8s %8s %8s%n", "setting", "p50 ms", "p95 ms", "max ms");
        measure("H2 default (WRITE_DELAY 500 ms)", url + ";WRITE_DELAY=500", false);
        measure("WRITE_DELAY=0 (survives kill -9)", url + ";WRITE_DELAY=0", false);
        measure("WRITE_DELAY=0 + CHECKPOINT SYNC (the kiosk)", url + ";WRITE_DELAY=0", true);
        System.out.println();
    }

    private static void measure(String setting, String url, boolean sync) throws SQLException {
        List<Double> millis = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            long queue;
            try (Statement statement = connection.createStatement();
                 var row = statement.executeQuery("SELECT MIN(id) FROM service_queue")) {
                row.next();
                queue = row.getLong(1);
            }
            connection.setAutoCommit(false);
            for (int i = 0; i < TICKETS + 20; i++) {
                long started = System.nanoTime();
                takeTicket(connection, queue);
                connection.commit();
                if (sync) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CHECKPOINT SYNC");
                    }
                }
                if (i >= 20) { // the first ones warm up the JIT
                    millis.add((System.nanoTime() - started) / 1e6);
                }
            }
        }
        Collections.sort(millis);
        System.out.printf("%-44s %8.2f %8.2f %8.2f%n", setting, millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)), millis.getLast());
    }

    private static void takeTicket(Connection connection, long queue) throws SQLException {
        LocalDate day = LocalDate.now();
        OffsetDateTime now = OffsetDateTime.now();
        try (PreparedStatement next = connection.prepareStatement("""
                UPDATE service_queue
                SET last_number = CASE WHEN counter_day = ? THEN last_number + 1 ELSE 1 END, counter_day = ?
                WHERE id = ?""")) {
            next.setObject(1, day);
            next.setObject(2, day);
            next.setLong(3, queue);
            next.executeUpdate();
        }
        int number;
        try (PreparedStatement read = connection.prepareStatement("SELECT last_number FROM service_queue WHERE id = ?")) {
            read.setLong(1, queue);
            try (var row = read.executeQuery()) {
                row.next();
                number = row.getInt(1);
            }
        }
        UUID job = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO print_job (public_id, name, document, status, attempts, created_at, updated_at, expires_at)
                VALUES (?, ?, ?, 'QUEUED', 0, ?, ?, ?)""")) {
            insert.setObject(1, job);
            insert.setString(2, "ticket-A" + number);
            insert.setString(3, DOCUMENT);
            insert.setObject(4, now);
            insert.setObject(5, now);
            insert.setObject(6, now.plusMinutes(3));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO ticket (public_id, queue_id, service_day, ticket_number, display_number, priority,
                                    language, status, created_at, print_job_id)
                VALUES (?, ?, ?, ?, ?, FALSE, 'fi', 'WAITING', ?, (SELECT id FROM print_job WHERE public_id = ?))""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setLong(2, queue);
            insert.setObject(3, day);
            insert.setInt(4, number);
            insert.setString(5, "A%03d".formatted(number % 1000));
            insert.setObject(6, now);
            insert.setObject(7, job);
            insert.executeUpdate();
        }
    }
}
