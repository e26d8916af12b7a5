package fi.palvelupiste.kiosk.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs the Flyway migrations and, when any ran on the kiosk's H2 file, closes the database once so that it is
 * opened again from its files. H2 2.4 binds parts of a CHECK constraint (its {@code IN (...)} lists) to the
 * session that created it; once the pool retires that connection (after 30 minutes, by default) every insert into
 * the table fails with "The database has been closed". A database opened from its files builds its constraints in
 * its own system session, which lives as long as the database: the state every later start is in anyway.
 */
@Configuration(proxyBeanMethods = false)
class MigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(MigrationStrategy.class);

    @Bean
    FlywayMigrationStrategy migrateThenReopen(DataSource dataSource) {
        return flyway -> {
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                reopen(dataSource, result.migrationsExecuted);
            }
        };
    }

    static void reopen(DataSource dataSource, int migrations) {
        try {
            Connection connection = dataSource.getConnection();
            if (!EmbeddedDatabase.of(connection).h2File()) {
                connection.close();
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            if (dataSource instanceof HikariDataSource pool) {
                // this connection, and every other the pool holds, belonged to the database just closed
                pool.evictConnection(connection);
                pool.getHikariPoolMXBean().softEvictConnections();
            } else {
                connection.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reopen the database after its migrations", e);
        }
        log.info("{} migration(s) applied; the database was reopened from its files", migrations);
    }
}
