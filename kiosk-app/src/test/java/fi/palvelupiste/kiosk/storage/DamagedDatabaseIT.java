package fi.palvelupiste.kiosk.storage;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.kiosk.TestClock;
import fi.palvelupiste.kiosk.backup.DatabaseBackup;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.TakenTicket;
import fi.palvelupiste.kiosk.queue.TicketService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk started on a database file that will not open: queue numbers still work, staff are told. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-data/damaged-it/db/kiosk;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
        "kiosk.data-dir=target/test-data/damaged-it"})
@ActiveProfiles("test")
@Import(TestClock.class)
@WithMockUser(username = "maija", roles = "STAFF")
class DamagedDatabaseIT extends SpringBrowserlessTest {

    private static final Path DATA = Path.of("target/test-data/damaged-it").toAbsolutePath();

    static {
        try {
            FileSystemUtils.deleteRecursively(DATA);
            String url = "jdbc:h2:file:" + DATA.resolve("db/kiosk");
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            DatabaseRecoveryTest.damage(DATA.resolve("db/kiosk.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    TicketService tickets;
    @Autowired
    StorageStatus storage;
    @Autowired
    DatabaseBackup backups;

    @Test
    void residents_still_get_queue_numbers_and_every_staff_page_says_what_happened() {
        long queue = tickets.queuesTakingTickets().getFirst().id();
        TakenTicket taken = tickets.take(queue, false, Language.FI.locale());

        assertThat(taken.ticket().displayNumber()).endsWith("001");
        assertThat(storage.damagedDatabase()).contains(DATA.resolve("db/kiosk.mv.db"));
        assertThat(storage.current(Language.FI.locale())).anyMatch(text -> text.startsWith("Tietokanta on vioittunut"));
        assertThat(Files.exists(DATA.resolve("db/kiosk.mv.db"))).as("the damaged file is kept").isTrue();
        assertThat(Files.exists(DATA.resolve("db/emergency/kiosk.mv.db"))).isTrue();
    }

    @Test
    void the_storage_page_explains_the_damage_and_offers_only_good_backups_to_restore() {
        Path good = backups.backupNow();

        navigate("staff/storage", Component.class);

        assertThat($(Div.class).id("staff-notices").getElement().getTextRecursively()).contains("Tietokanta on vioittunut");
        assertThat($(Paragraph.class).id("storage-database").getText()).contains("ei saatu auki", "kiosk.mv.db");
        assertThat($(Grid.class).id("storage-backups").getColumns()).as("with a restore column").hasSize(4);
        assertThat(storage.backups()).extracting(StorageStatus.Backup::file).contains(good);
    }
}
