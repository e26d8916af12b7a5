package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@HubTest
class HubOnPostgresTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_hub_runs_on_postgresql_with_every_migration() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
                .isGreaterThan(10);
    }
}
