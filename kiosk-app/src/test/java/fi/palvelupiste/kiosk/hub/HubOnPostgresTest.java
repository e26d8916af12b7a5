package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.kiosk.printing.PrintJobService;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HubTest
class HubOnPostgresTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrintJobService printing;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_hub_runs_on_postgresql_with_every_migration() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
                .isGreaterThan(10);
    }

    @Test
    void the_hub_prints_nothing() {
        assertThat(printing.printsHere()).isFalse();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> printing.enqueue(
                "list", Receipt.builder().text("x").build(), Duration.ofMinutes(1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM print_job").query(Integer.class).single()).isZero();
    }
}
