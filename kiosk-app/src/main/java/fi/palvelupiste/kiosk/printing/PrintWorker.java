package fi.palvelupiste.kiosk.printing;

import fi.palvelupiste.kiosk.KioskOnly;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.printer.PrinterException;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.hardware.printer.PrinterStatusMonitor;
import fi.palvelupiste.hardware.receipt.ReceiptCodec;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The single sender for the printer: jobs go out one at a time, oldest first, each exactly once.
 * <ol>
 * <li>The job is claimed (QUEUED → SENDING, with its size) in a committed, synced transaction before its first
 * byte goes out;</li>
 * <li>after the printer took all of it, it is PRINTED, again committed before the next job;</li>
 * <li>a printer that refused the job before any byte went out leaves it QUEUED for the next round (or for staff,
 * once a screen has told the resident it will not come: {@link PrintJobStatus#HELD});</li>
 * <li>a job cut off after some bytes, or found SENDING at start-up (a power cut while sending), is INCOMPLETE and
 * never sent again by itself: a partial slip followed by a whole one would be two slips. Staff may reprint.</li>
 * </ol>
 * Rounds run when a job is queued, when the printer comes back, and every retry interval. One log line per change
 * of the printer's state, not one per retry.
 */
@KioskOnly
@Component
class PrintWorker {

    private static final Logger log = LoggerFactory.getLogger(PrintWorker.class);

    private final PrintJobRepository jobs;
    private final PrinterPort printer;
    private final PrinterStatusMonitor monitor;
    private final EscPosEncoder encoder;
    private final TransactionOperations transaction;
    private final Clock clock;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("print-worker").daemon(true).factory());
    private final AtomicBoolean roundPending = new AtomicBoolean();
    private volatile boolean started;
    private PrinterStatus lastRefusal;

    PrintWorker(PrintJobRepository jobs, PrinterPort printer, PrinterStatusMonitor monitor, EscPosEncoder encoder,
                TransactionOperations transaction, Clock clock) {
        this.jobs = jobs;
        this.printer = printer;
        this.monitor = monitor;
        this.encoder = encoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        int interrupted = committed(() -> jobs.markInterrupted(now()));
        if (interrupted > 0) {
            log.warn("{} slip(s) were being sent when the kiosk stopped; they are marked 'may be incomplete' and "
                    + "not sent again automatically (staff can reprint)", interrupted);
        }
        if (!started) {
            monitor.addListener((previous, current) -> {
                if (current.canPrint()) {
                    wake();
                }
            });
        }
        started = true;
        wake();
    }

    @TransactionalEventListener
    void onQueued(PrintJobQueued queued) {
        wake();
    }

    /** The retry round: picks up jobs the printer refused earlier, once it can print again. */
    @Scheduled(fixedDelayString = "${kiosk.printer.retry-interval:5s}")
    void retryRound() {
        wake();
    }

    void wake() {
        if (started && roundPending.compareAndSet(false, true)) {
            sender.execute(this::sendQueued);
        }
    }

    private void sendQueued() {
        roundPending.set(false);
        try {
            Optional<PrintJob> next;
            while ((next = jobs.oldestQueued()).isPresent()) {
                if (!send(next.get())) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.error("Print worker round failed; trying again on the next round", e);
        }
    }

    /** Sends one job; false when the printer refused it and the round should stop. */
    private boolean send(PrintJob job) {
        if (job.expiresAt() != null && now().isAfter(job.expiresAt())) {
            durably(() -> jobs.markFailed(job.id(), "expired before the printer could print it", now()));
            log.info("Print job {} ({}) expired unprinted", job.id(), job.name());
            return true;
        }
        byte[] bytes;
        try {
            bytes = encoder.encode(ReceiptCodec.decode(job.document()));
        } catch (RuntimeException e) {
            durably(() -> jobs.markFailed(job.id(), "cannot encode: " + e.getMessage(), now()));
            log.error("Print job {} ({}) cannot be encoded", job.id(), job.name(), e);
            return true;
        }
        if (!committed(() -> jobs.claim(job.id(), bytes.length, now()))) {
            return true; // held by a screen, or taken, meanwhile
        }
        try {
            printer.print(job.name(), bytes);
        } catch (PrinterException e) {
            String error = e.status() + ": " + e.getMessage();
            if (e.bytesSent() == 0) {
                durably(() -> jobs.requeue(job.id(), error, now()));
                if (lastRefusal != e.status()) {
                    lastRefusal = e.status();
                    log.warn("Printer refuses slips ({}); waiting for it: {}", e.status(), e.getMessage());
                }
                return false;
            }
            durably(() -> jobs.markIncomplete(job.id(), e.bytesSent(), error, now()));
            log.warn("Print job {} ({}) cut off after {} of {} bytes ({}); not sent again unless staff reprint it",
                    job.id(), job.name(), e.bytesSent(), bytes.length, e.status());
            lastRefusal = e.status();
            return false;
        }
        durably(() -> jobs.markPrinted(job.id(), now()));
        if (lastRefusal != null) {
            log.info("Printer prints again (was {})", lastRefusal);
            lastRefusal = null;
        }
        return true;
    }

    /** Runs one state change in its own transaction: committed and on the device before the next byte moves. */
    private <T> T committed(Supplier<T> change) {
        return Objects.requireNonNull(transaction.execute(status -> change.get()));
    }

    /** The same, for a change that returns nothing. */
    private void durably(Runnable change) {
        transaction.executeWithoutResult(status -> change.run());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        started = false;
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
    }
}
