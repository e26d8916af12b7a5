package fi.palvelupiste.kiosk.backup;

import fi.palvelupiste.kiosk.MutableClock;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Backs up a real H2 file database, as on a Pi. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-data/backup-db-${random.uuid}/kiosk;LOCK_TIMEOUT=10000",
        "kiosk.data-dir=target/test-data/backup-${random.uuid}",
        "kiosk.backup.keep=3"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // they share the clock and the backup folder
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
    @Order(1)
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

    @Test
    @Order(2)
    void a_backup_cut_off_by_a_power_cut_is_never_taken_for_a_good_one() throws IOException {
        Path good = backup.backupNow();
        Path directory = good.getParent();
        // a power cut while writing: the unfinished file, and a broken zip from before backups were finished by rename
        Path unfinished = directory.resolve("kiosk-20261201-023000.zip.part");
        Files.write(unfinished, Arrays.copyOf(Files.readAllBytes(good), 200));
        Path broken = directory.resolve("kiosk-20000101-023000.zip");
        Files.write(broken, Arrays.copyOf(Files.readAllBytes(good), (int) Files.size(good) / 2));

        assertThat(DatabaseBackup.isGood(good)).isTrue();
        assertThat(DatabaseBackup.isGood(broken)).isFalse();
        assertThat(backup.goodBackups()).contains(good).doesNotContain(broken);

        clock.advance(Duration.ofDays(1));
        Path next = backup.backupNow();
        assertThat(unfinished).as("removed by the next backup").doesNotExist();
        assertThat(DatabaseBackup.isGood(next)).isTrue();
        Files.deleteIfExists(broken);
    }
}
