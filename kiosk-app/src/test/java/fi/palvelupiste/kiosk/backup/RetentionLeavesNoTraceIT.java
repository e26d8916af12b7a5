package fi.palvelupiste.kiosk.backup;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.PersonList;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupLists;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupRetention;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After retention, a deleted resident's name is nowhere under the data directory: not in the database file, not in
 * the virtual printer's paper, not inside a backup zip, not in an update's copy of the database. The database is an
 * H2 file here, as on a kiosk (an IT: its own Spring context, apart from the shared one of the unit tests).
 */
@KioskTest
class RetentionLeavesNoTraceIT {

    private static final String NAME = "Zorbatrix";
    private static final Path DATA = Path.of("target", "test-data", "no-trace-" + System.nanoTime()).toAbsolutePath();

    @DynamicPropertySource
    static void aDatabaseFile(DynamicPropertyRegistry properties) {
        properties.add("kiosk.data-dir", DATA::toString);
        properties.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("db/kiosk") + ";LOCK_TIMEOUT=10000");
    }

    @Autowired
    SignupBooking signups;
    @Autowired
    EventPlanning planning;
    @Autowired
    SignupLists lists;
    @Autowired
    SignupRetention retention;
    @Autowired
    DatabaseBackup backups;
    @Autowired
    PrinterPort printer;
    @Autowired
    Clock clock;

    @Test
    void a_deleted_name_is_in_no_file_under_the_data_directory_backups_and_update_copies_included() throws Exception {
        long event = SignupFixtures.photoDay(planning, clock, 1, 2);
        LocalDate day = planning.event(event).orElseThrow().date();
        signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(),
                SignupFixtures.person("Quintilla", NAME, "0409871234"), null, Locale.of("fi")));
        lists.print(event, PersonList.PARTICIPANTS, Actor.staff(SignupFixtures.COORDINATOR), Locale.of("fi"));
        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(NAME));
        backups.backupNow();
        Path updateCopy = DATA.resolve("pre-update")
                .resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(clock)));
        copyTree(DATA.resolve("db"), updateCopy.resolve("db"));
        assertThat(filesHolding(NAME)).as("before retention the name is on paper, in the backup and the copy")
                .anyMatch(file -> file.contains("printer"))
                .anyMatch(file -> file.contains("backup"))
                .anyMatch(file -> file.contains("pre-update"));

        assertThat(retention.deleteExpired(day.plusDays(30))).contains(event);

        assertThat(filesHolding(NAME)).as("files under " + DATA + " that still hold the name").isEmpty();
        assertThat(filesHolding("0409871234")).isEmpty();
        assertThat(backups.backups()).as("a fresh backup replaces the old ones").hasSize(1);
        assertThat(planning.event(event)).as("the kiosk goes on with its database").isPresent();
    }

    /** Every file (and every entry of every zip) under the data directory whose bytes contain the text. */
    private static List<String> filesHolding(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DATA)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (contains(bytes, needle)) {
                    found.add(DATA.relativize(file).toString());
                }
                if (file.toString().endsWith(".zip")) {
                    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                            if (contains(readAll(zip), needle)) {
                                found.add(DATA.relativize(file) + "!" + entry.getName());
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
