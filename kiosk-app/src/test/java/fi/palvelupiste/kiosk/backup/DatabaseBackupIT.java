package fi.palvelupiste.kiosk.backup;

import fi.palvelupiste.kiosk.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Backs up a real H2 file database, as on a Pi. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-data/backup-db-${random.uuid}/kiosk;LOCK_TIMEOUT=10000",
        "kiosk.data-dir=target/test-data/backup-${random.uuid}",
        "kiosk.backup.keep=3"})
@ActiveProfiles("test")
class DatabaseBackupIT {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return MutableClock.fixed(Instant.parse("2026-11-24T00:30:00Z"), ZoneId.of("Europe/Helsinki"));
        }
    }

    @Autowired
    DatabaseBackup backup;
    @Autowired
    MutableClock clock;

    @Test
    void a_backup_is_a_zip_of_the_database_and_only_the_newest_are_kept() throws IOException {
        Path first = backup.backupNow();
        try (ZipFile zip = new ZipFile(first.toFile())) {
            assertThat(zip.stream().map(entry -> entry.getName())).anyMatch(name -> name.endsWith(".mv.db"));
        }
        for (int night = 0; night < 4; night++) {
            clock.advance(Duration.ofDays(1));
            backup.backupNow();
        }

        List<Path> kept = backup.backups();
        assertThat(kept).hasSize(3);
        assertThat(kept.getFirst().getFileName().toString()).isEqualTo("kiosk-20261128-023000.zip");
        assertThat(kept).doesNotContain(first);
    }
}
