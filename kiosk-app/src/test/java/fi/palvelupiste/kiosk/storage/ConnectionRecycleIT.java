package fi.palvelupiste.kiosk.storage;

import com.zaxxer.hikari.HikariDataSource;
import fi.palvelupiste.kiosk.TestClock;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.TicketService;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A kiosk's first start migrates an empty file database and then runs for days while the connection pool replaces
 * its connections (every 30 minutes by default). Here the pool's lifetime is compressed: every connection is
 * retired several times over while tickets and sign-ups keep being saved, on a database this very context
 * migrated (the case that once closed the database after half an hour).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-data/recycle-${random.uuid}/db/kiosk;LOCK_TIMEOUT=10000",
        "kiosk.data-dir=target/test-data/recycle-data-${random.uuid}",
        "spring.datasource.hikari.max-lifetime=30000",
        "spring.datasource.hikari.keepalive-time=0",
        "spring.datasource.hikari.minimum-idle=2",
        "spring.datasource.hikari.maximum-pool-size=4"})
@ActiveProfiles("test")
@Import(TestClock.class)
class ConnectionRecycleIT {

    private static final String[] SURNAMES = {"Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine"};

    @Autowired
    DataSource dataSource;
    @Autowired
    TicketService tickets;
    @Autowired
    SignupBooking signups;
    @Autowired
    EventPlanning planning;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tickets_and_sign_ups_keep_being_saved_while_the_pool_replaces_every_connection_again_and_again()
            throws SQLException {
        HikariDataSource pool = (HikariDataSource) dataSource;
        // the pool retires its connections one by one, so the database itself never closes meanwhile
        try (Connection keepsDatabaseOpen = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword())) {
            recycleWhileSaving(pool);
        }
    }

    private void recycleWhileSaving(HikariDataSource pool) {
        long queue = jdbc.sql("SELECT id FROM service_queue ORDER BY id FETCH FIRST 1 ROWS ONLY").query(Long.class).single();
        long event = SignupFixtures.photoDay(planning, clock, 6, 10);
        int saved = 0;
        for (int recycle = 0; recycle < 6; recycle++) {
            tickets.take(queue, false, Language.FI.locale());
            signups.signUp(new SignupRequest(event, signups.slots(event).get(recycle).id(),
                    SignupFixtures.person("Aino", SURNAMES[recycle], null), null, Locale.of("fi")));
            saved++;
            // what max-lifetime does to every connection, at once: retire it, open a new one
            pool.getHikariPoolMXBean().softEvictConnections();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> pool.getHikariPoolMXBean().getTotalConnections() > 0);
        }
        tickets.take(queue, false, Language.FI.locale());
        assertThat(saved).isEqualTo(6);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM signup WHERE event_id = :e").param("e", event)
                .query(Integer.class).single()).isEqualTo(6);
    }
}
