package fi.palvelupiste.kiosk.printing;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.printer.PrinterException;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.receipt.ReceiptCodec;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The single sender for the printer: jobs go out one at a time, oldest first. After a failure the job stays
 * queued and the worker tries again on its next round (every few seconds), so paper comes out once the printer
 * is back. A job left half-sent by a power cut is never sent again by itself: staff decide about a reprint.
 */
@Component
class PrintWorker {

    private static final Logger log = LoggerFactory.getLogger(PrintWorker.class);

    private final PrintJobRepository jobs;
    private final PrinterPort printer;
    private final EscPosEncoder encoder;
    private final Clock clock;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("print-worker").daemon(true).factory());
    private final AtomicBoolean roundPending = new AtomicBoolean();
    private volatile boolean started;

    PrintWorker(PrintJobRepository jobs, PrinterPort printer, EscPosEncoder encoder, Clock clock) {
        this.jobs = jobs;
        this.printer = printer;
        this.encoder = encoder;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        int interrupted = jobs.failInterrupted(now());
        if (interrupted > 0) {
            log.warn("{} print job(s) were being sent when the kiosk stopped; they are not sent again "
                    + "automatically (staff can reprint)", interrupted);
        }
        started = true;
        wake();
    }

    @TransactionalEventListener
    void onQueued(PrintJobQueued queued) {
        wake();
    }

    /** The retry round: picks up jobs that failed earlier, once the printer is back. */
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

    /** Sends one job; false when the printer failed and the round should stop. */
    private boolean send(PrintJob job) {
        if (job.expiresAt() != null && now().isAfter(job.expiresAt())) {
            jobs.recordFailure(job.id(), PrintJobStatus.FAILED, "expired before the printer could print it", now());
            log.info("Print job {} ({}) expired unprinted", job.id(), job.name());
            return true;
        }
        if (!jobs.claim(job.id(), now())) {
            return true;
        }
        byte[] bytes;
        try {
            bytes = encoder.encode(ReceiptCodec.decode(job.document()));
        } catch (RuntimeException e) {
            jobs.recordFailure(job.id(), PrintJobStatus.FAILED, "cannot encode: " + e.getMessage(), now());
            log.error("Print job {} ({}) cannot be encoded", job.id(), job.name(), e);
            return true;
        }
        try {
            printer.print(job.name(), bytes);
            jobs.markPrinted(job.id(), now());
            return true;
        } catch (PrinterException e) {
            jobs.recordFailure(job.id(), PrintJobStatus.QUEUED, e.status() + ": " + e.getMessage(), now());
            log.warn("Printer could not print job {} ({}): {}", job.id(), job.name(), e.getMessage());
            return false;
        }
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
