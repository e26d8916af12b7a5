package fi.palvelupiste.hardware.serial;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.printer.PrinterException;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.hardware.printer.PrinterStatusMonitor;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.hardware.testing.Eventually;
import fi.palvelupiste.hardware.virtual.EscPosTextRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real serial I/O through jSerialComm over a pty pair made by socat, a fake thermal printer on the far end. */
class SerialPrinterPortTest {

    private static final PrinterProfile PROFILE = PrinterProfile.GENERIC_58MM.withBaudRate(115200);
    private static final SerialSettings FAST = SerialSettings.defaults()
            .withStatusTimeout(Duration.ofMillis(150))
            .withWriteTimeout(Duration.ofMillis(600), 0)
            .withReconnect(Duration.ofMillis(50), Duration.ofMillis(400));
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    private FakeThermalPrinter printer;
    private SerialPrinterPort port;

    @BeforeAll
    static void socatIsNeeded() {
        assumeTrue(FakeThermalPrinter.socatInstalled(),
                "socat is not installed (/usr/bin/socat): serial pty tests skipped; apt-get install socat");
    }

    @BeforeEach
    void connect() throws Exception {
        printer = new FakeThermalPrinter(directory);
        port = new SerialPrinterPort(printer.devicePath(), PROFILE, FAST);
    }

    @AfterEach
    void disconnect() throws Exception {
        port.close();
        printer.close();
    }

    private static byte[] ticket(String number) {
        return new EscPosEncoder(PROFILE).encode(Receipt.builder().text("Kirjasto").text("Digituki")
                .align(Align.CENTER).size(TextSize.HUGE).bold(true).text(number)
                .size(TextSize.NORMAL).bold(false).align(Align.LEFT).text("Edellä jonossa: 3").cut().build());
    }

    private byte[] awaitPrinted(int length) {
        return Eventually.await(WAIT, printer::printed, bytes -> bytes.length >= length);
    }

    @Test
    void a_job_arrives_byte_for_byte_and_a_ready_printer_says_ready() throws Exception {
        assertThat(port.status()).isEqualTo(PrinterStatus.READY);
        byte[] job = ticket("A001");
        port.print("A001", job);
        assertThat(awaitPrinted(job.length)).isEqualTo(job);
        assertThat(new EscPosTextRenderer(32).render(printer.printed())).contains("A001", "Edellä jonossa: 3");
        assertThat(port.describe()).contains(printer.devicePath(), "115200");
    }

    @Test
    void real_time_status_answers_map_to_near_end_paper_out_cover_open_and_offline() {
        for (PrinterStatus state : List.of(PrinterStatus.PAPER_NEAR_END, PrinterStatus.PAPER_OUT,
                PrinterStatus.COVER_OPEN, PrinterStatus.OFFLINE, PrinterStatus.READY)) {
            printer.state(state);
            assertThat(port.status()).as("fake printer in state %s", state).isEqualTo(state);
        }
    }

    @Test
    void a_model_that_never_answers_is_unknown_and_still_gets_its_jobs() throws Exception {
        port.close();
        port = new SerialPrinterPort(printer.devicePath(), PROFILE.withStatusReplies(false), FAST);
        printer.silent(true);
        long started = System.nanoTime();
        assertThat(port.status()).isEqualTo(PrinterStatus.UNKNOWN);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        byte[] job = ticket("A002");
        port.print("A002", job);
        assertThat(awaitPrinted(job.length)).isEqualTo(job);
    }

    @Test
    void a_printer_switched_off_while_its_device_stays_is_offline_and_gets_nothing_until_it_is_back()
            throws Exception {
        assertThat(port.status()).isEqualTo(PrinterStatus.READY);
        printer.switchOff(true);

        assertThat(port.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThatThrownBy(() -> port.print("A010", ticket("A010"))).isInstanceOfSatisfying(PrinterException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(PrinterStatus.OFFLINE);
                    assertThat(e.bytesSent()).as("nothing went out").isZero();
                });

        printer.switchOff(false);
        assertThat(port.status()).isEqualTo(PrinterStatus.READY);
        byte[] job = ticket("A010");
        port.print("A010", job);
        assertThat(awaitPrinted(job.length)).isEqualTo(job);
    }

    @Test
    void a_model_said_not_to_answer_that_has_answered_and_falls_silent_is_offline() {
        port.close();
        port = new SerialPrinterPort(printer.devicePath(), PROFILE.withStatusReplies(false), FAST);
        assertThat(port.status()).isEqualTo(PrinterStatus.READY);
        printer.switchOff(true);
        assertThat(port.status()).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void a_printer_that_falls_silent_during_a_job_reports_the_slip_as_possibly_cut_off() {
        byte[] job = ticket("A011");
        printer.switchOffAfter(40);
        assertThatThrownBy(() -> port.print("A011", job)).isInstanceOfSatisfying(PrinterException.class, e -> {
            assertThat(e.status()).isEqualTo(PrinterStatus.OFFLINE);
            assertThat(e.bytesSent()).isEqualTo(job.length);
        });
        assertThat(printer.printed()).hasSize(40);
    }

    @Test
    void paper_out_mid_job_is_reported_and_nothing_is_lost() throws Exception {
        byte[] job = ticket("A003");
        printer.paperLeft(20);
        assertThatThrownBy(() -> port.print("A003", job)).isInstanceOfSatisfying(PrinterException.class, e -> {
            assertThat(e.status()).isEqualTo(PrinterStatus.PAPER_OUT);
            assertThat(e.bytesSent()).as("the job went out: the slip is cut off").isEqualTo(job.length);
        });
        assertThat(printer.printed()).hasSize(20);
        assertThat(port.status()).isEqualTo(PrinterStatus.PAPER_OUT);

        printer.refill();
        printer.clearPaper();
        assertThat(port.status()).isEqualTo(PrinterStatus.READY);
        port.print("A003 again", job);
        assertThat(awaitPrinted(job.length)).as("the whole slip after the new roll").isEqualTo(job);
    }

    @Test
    void a_printer_that_says_it_cannot_print_gets_nothing() {
        printer.state(PrinterStatus.COVER_OPEN);
        assertThatThrownBy(() -> port.print("A004", ticket("A004"))).isInstanceOfSatisfying(PrinterException.class,
                e -> assertThat(e.status()).isEqualTo(PrinterStatus.COVER_OPEN));
        printer.state(PrinterStatus.READY);
        assertThat(port.status()).isEqualTo(PrinterStatus.READY);
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void an_unplugged_printer_is_disconnected_and_the_next_job_prints_after_it_comes_back() throws Exception {
        port.print("A005", ticket("A005"));
        awaitPrinted(ticket("A005").length);

        printer.disappear();
        assertThat(port.status()).isEqualTo(PrinterStatus.DISCONNECTED);
        assertThatThrownBy(() -> port.print("A006", ticket("A006"))).isInstanceOfSatisfying(PrinterException.class,
                e -> assertThat(e.status()).isEqualTo(PrinterStatus.DISCONNECTED));

        printer.reappear();
        printer.clearPaper();
        Eventually.await(WAIT, port::status, status -> status == PrinterStatus.READY);
        byte[] job = ticket("A006");
        port.print("A006", job);
        assertThat(awaitPrinted(job.length)).isEqualTo(job);
    }

    @Test
    void with_the_default_back_off_a_printer_plugged_in_again_is_found_within_five_seconds() throws Exception {
        port.close();
        port = new SerialPrinterPort(printer.devicePath(), PROFILE, SerialSettings.defaults());
        assertThat(port.status()).isEqualTo(PrinterStatus.READY);
        printer.disappear();
        long gone = System.nanoTime();
        // the status monitor keeps asking while the printer is away, long enough for the back-off to reach its cap
        while (System.nanoTime() - gone < Duration.ofSeconds(4).toNanos()) {
            assertThat(port.status()).isEqualTo(PrinterStatus.DISCONNECTED);
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }

        printer.reappear();
        long back = System.nanoTime();
        Eventually.await(WAIT, port::status, status -> status == PrinterStatus.READY);
        assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_printer_that_stops_taking_data_fails_the_job_within_its_deadline_instead_of_hanging() throws Exception {
        printer.stall(true);
        byte[] huge = new byte[256 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        long started = System.nanoTime();
        assertThatThrownBy(() -> port.print("huge", huge)).isInstanceOfSatisfying(PrinterException.class,
                e -> assertThat(e.status()).isIn(PrinterStatus.OFFLINE, PrinterStatus.DISCONNECTED));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

        printer.stall(false);
        Eventually.await(WAIT, port::status, status -> status == PrinterStatus.READY);
        printer.clearPaper();
        byte[] job = ticket("A007");
        port.print("A007", job);
        assertThat(Eventually.await(WAIT, printer::printed, bytes -> endsWith(bytes, job))).isNotEmpty();
    }

    @Test
    void the_status_monitor_sees_paper_run_out_and_come_back() {
        List<PrinterStatus> seen = new CopyOnWriteArrayList<>();
        try (PrinterStatusMonitor monitor = new PrinterStatusMonitor(port, Duration.ofMillis(30))) {
            monitor.addListener((previous, current) -> seen.add(current));
            monitor.start();
            Eventually.await(WAIT, () -> seen.contains(PrinterStatus.READY));
            printer.state(PrinterStatus.PAPER_OUT);
            Eventually.await(WAIT, () -> seen.contains(PrinterStatus.PAPER_OUT));
            printer.refill();
            Eventually.await(WAIT, () -> seen.size() >= 3 && seen.getLast() == PrinterStatus.READY);
        }
        assertThat(seen).containsExactly(PrinterStatus.READY, PrinterStatus.PAPER_OUT, PrinterStatus.READY);
    }

    private static boolean endsWith(byte[] bytes, byte[] suffix) {
        if (bytes.length < suffix.length) {
            return false;
        }
        return java.util.Arrays.equals(bytes, bytes.length - suffix.length, bytes.length, suffix, 0, suffix.length);
    }
}
