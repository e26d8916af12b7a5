package fi.palvelupiste.kiosk.printing;

import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@KioskTest
class PrintWorkerTest {

    @Autowired
    PrintJobService printJobs;
    @Autowired
    PrintWorker worker;
    @Autowired
    PrinterPort printer;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void printerBack() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
    }

    @Test
    void a_queued_job_is_printed_once() {
        String marker = unique();
        long job = enqueue(marker, Duration.ofMinutes(5));

        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(marker));
        await().until(() -> status(job) == PrintJobStatus.PRINTED);
        worker.wake();
        worker.wake();

        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> printedCount(marker) == 1);
        assertThat(printJobs.find(job).orElseThrow().printedAt()).isNotNull();
    }

    @Test
    void a_job_waits_while_the_printer_is_out_of_paper_and_prints_when_paper_is_back() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.PAPER_OUT);
        String marker = unique();
        long job = enqueue(marker, Duration.ofMinutes(5));

        // between tries the job waits in the queue (the worker tries it again every round, SENDING for a moment)
        PrintJob waiting = await().until(() -> printJobs.find(job).orElseThrow(),
                j -> j.attempts() > 0 && j.status() == PrintJobStatus.QUEUED);
        assertThat(waiting.lastError()).contains("PAPER_OUT");
        assertThat(waiting.outcome()).isEqualTo(PrintOutcome.NOT_PRINTED);
        assertThat(printedCount(marker)).isZero();

        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);

        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(marker));
        await().until(() -> status(job) == PrintJobStatus.PRINTED);
        assertThat(printedCount(marker)).isEqualTo(1);
    }

    @Test
    void a_slip_that_waited_past_its_validity_is_not_printed_late() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.COVER_OPEN);
        String marker = unique();
        long job = enqueue(marker, Duration.ofMillis(300));
        await().until(() -> printJobs.find(job).orElseThrow().attempts() > 0);
        clock.advance(Duration.ofSeconds(1));

        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);

        await().until(() -> status(job) == PrintJobStatus.FAILED);
        assertThat(printJobs.find(job).orElseThrow().lastError()).contains("expired");
        assertThat(printedCount(marker)).isZero();
    }

    @Test
    void a_job_cut_off_by_a_restart_while_sending_is_marked_may_be_incomplete_and_not_sent_again() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.OFFLINE);
        String marker = unique();
        long job = enqueue(marker, Duration.ofMinutes(5));
        // after the worker's own try, so that its "back to the queue" cannot overwrite the state made here
        await().until(() -> printJobs.find(job).orElseThrow().attempts() > 0 && jdbc.sql(
                "UPDATE print_job SET status = 'SENDING', bytes_total = 120 WHERE id = :id AND status = 'QUEUED'")
                .param("id", job).update() == 1);
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);

        worker.start(); // what happens at the next start-up

        assertThat(status(job)).isEqualTo(PrintJobStatus.INCOMPLETE);
        assertThat(printJobs.find(job).orElseThrow().lastError()).contains("may be incomplete");
        assertThat(printJobs.outcome(job)).isEqualTo(PrintOutcome.NOT_PRINTED);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> printedCount(marker) == 0);
    }

    @Test
    void a_screen_is_told_not_printed_when_the_printer_cannot_print_right_now() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.PAPER_OUT);
        long job = enqueue(unique(), Duration.ofMinutes(5));

        assertThat(printJobs.outcomeAskingPrinter(job)).isEqualTo(PrintOutcome.NOT_PRINTED);
    }

    @Test
    void a_slip_the_screen_said_would_not_come_waits_for_staff_instead_of_printing_when_the_printer_is_back() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.PAPER_OUT);
        String marker = unique();
        long job = enqueue(marker, Duration.ofMinutes(5));
        assertThat(printJobs.outcomeAskingPrinter(job)).isEqualTo(PrintOutcome.NOT_PRINTED);

        await().until(() -> status(job) == PrintJobStatus.HELD);
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
        worker.wake();

        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> printedCount(marker) == 0);
        assertThat(status(job)).isEqualTo(PrintJobStatus.HELD);

        printJobs.reprint(job); // staff, when the resident asks
        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(marker));
        assertThat(printedCount(marker)).isEqualTo(1);
    }

    @Test
    void a_slip_cut_off_mid_job_is_marked_with_the_bytes_sent_and_no_whole_copy_follows_by_itself() {
        String marker = unique();
        VirtualPrinterOutput.of(printer).simulateCutOffAfter(12);
        long job = enqueue(marker, Duration.ofMinutes(5));

        await().until(() -> status(job) == PrintJobStatus.INCOMPLETE);
        PrintJob cut = printJobs.find(job).orElseThrow();
        assertThat(cut.bytesSent()).isEqualTo(12);
        assertThat(cut.bytesTotal()).isGreaterThan(12);
        assertThat(cut.lastError()).contains("PAPER_OUT");

        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
        worker.wake();
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3))
                .until(() -> printedCount(marker) == 0 && status(job) == PrintJobStatus.INCOMPLETE);
    }

    @Test
    void a_printer_that_cannot_report_its_state_gets_the_slip_but_the_screen_promises_nothing() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.UNKNOWN);
        String marker = unique();
        long job = enqueue(marker, Duration.ofMinutes(5));

        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(marker));
        await().until(() -> status(job) == PrintJobStatus.PRINTED);
        assertThat(printJobs.outcomeAskingPrinter(job)).isEqualTo(PrintOutcome.SENT);
    }

    private long enqueue(String marker, Duration validFor) {
        Receipt receipt = Receipt.builder().text("Test slip " + marker).cut().build();
        Long id = transaction.execute(tx -> printJobs.enqueue("test", receipt, validFor));
        return id;
    }

    private PrintJobStatus status(long job) {
        return printJobs.find(job).orElseThrow().status();
    }

    private long printedCount(String marker) {
        return VirtualPrinterOutput.of(printer).recent(500).stream().filter(s -> s.text().contains(marker)).count();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
