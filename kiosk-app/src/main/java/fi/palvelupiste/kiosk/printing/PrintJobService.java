package fi.palvelupiste.kiosk.printing;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatusMonitor;
import fi.palvelupiste.hardware.virtual.EscPosImageRenderer;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.ReceiptCodec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The one way features print: store a job with what it belongs to, let the worker send it. */
@Service
public class PrintJobService {

    /** How long a slip that staff asked to reprint is worth printing. */
    static final Duration REPRINT_VALIDITY = Duration.ofMinutes(10);

    private final PrintJobRepository jobs;
    private final PrinterStatusMonitor printer;
    private final PrinterPort port;
    private final EscPosEncoder encoder;
    private final PrinterProfile profile;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean printsHere;

    PrintJobService(PrintJobRepository jobs, PrinterStatusMonitor printer, PrinterPort port, EscPosEncoder encoder,
                    PrinterProfile profile, ApplicationEventPublisher events, Clock clock,
                    ObjectProvider<PrintWorker> worker) {
        this.printsHere = worker.getIfAvailable() != null;
        this.jobs = jobs;
        this.printer = printer;
        this.port = port;
        this.encoder = encoder;
        this.profile = profile;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a print job in the caller's transaction: it exists exactly when what it prints exists.
     *
     * @param name     short name for logs and the virtual printer's files, e.g. "ticket-A001"
     * @param validFor how long the slip is worth printing: a queue ticket that comes out after the resident
     *                 has gone only wastes paper, so it expires and staff can reprint it instead
     * @return the job's id, for following its outcome
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String name, Receipt receipt, Duration validFor) {
        if (!printsHere) {
            throw new IllegalStateException("this node has no printer (the hub): " + name + " is not printed");
        }
        OffsetDateTime now = now();
        long id = jobs.insert(UUID.randomUUID(), name, ReceiptCodec.encode(receipt), now, now.plus(validFor));
        events.publishEvent(new PrintJobQueued(id));
        return id;
    }

    /** The newest print jobs, newest first: what staff see on the printer page. */
    public List<PrintJob> newest(int limit) {
        return jobs.newest(limit);
    }

    /** Prints a job's slip again, as a new job: staff's answer to a resident whose slip did not come out. */
    @Transactional
    public long reprint(long jobId) {
        PrintJob original = jobs.find(jobId).orElseThrow(() -> new IllegalArgumentException("no print job " + jobId));
        return enqueue(original.name(), ReceiptCodec.decode(original.document()), REPRINT_VALIDITY);
    }

    /** What the job's slip looks like on paper, as a PNG, for whatever printer is attached. */
    public byte[] preview(long jobId) {
        PrintJob job = jobs.find(jobId).orElseThrow(() -> new IllegalArgumentException("no print job " + jobId));
        return preview(ReceiptCodec.decode(job.document()));
    }

    /** What a slip would look like on the attached printer's paper, as a PNG, without printing it. */
    public byte[] preview(Receipt receipt) {
        return new EscPosImageRenderer(profile.dotWidth()).renderPng(encoder.encode(receipt));
    }

    /** How many bytes a slip takes on the serial line for the attached printer (the byte budget). */
    public int encodedSize(Receipt receipt) {
        return encoder.encode(receipt).length;
    }

    /** Where slips go, for staff: "virtual printer in …" or the serial device. */
    public String printerDescription() {
        return port.describe() + " — " + profile.displayName();
    }

    public Optional<PrintJob> find(long jobId) {
        return jobs.find(jobId);
    }

    /**
     * What a resident's screen should say about a slip, as the screen is about to say it. Paper is promised only by a
     * printer that says it can print (SENT when the model cannot tell). When the answer is NOT_PRINTED for a slip
     * still waiting, the slip is held for staff at the same moment: the resident has been told it will not come, so
     * it must not come out later behind their back (staff reprint it when asked).
     */
    @Transactional
    public PrintOutcome outcome(long jobId) {
        return outcome(jobId, printer.current());
    }

    /** The same, asking the printer first: for the moment a screen first tells the resident about paper. */
    @Transactional
    public PrintOutcome outcomeAskingPrinter(long jobId) {
        return outcome(jobId, printer.poll());
    }

    /**
     * The resident's screen gave up waiting for this slip (it was still not out after the screen's patience): a
     * slip still waiting is held for staff. Returns what the screen should say now.
     */
    @Transactional
    public PrintOutcome giveUp(long jobId) {
        PrintOutcome now = outcome(jobId, printer.current());
        if (now == PrintOutcome.PRINTING && jobs.hold(jobId, now())) {
            return jobs.find(jobId).map(PrintJob::outcome).orElse(PrintOutcome.NOT_PRINTED);
        }
        return now;
    }

    private PrintOutcome outcome(long jobId, PrinterStatus status) {
        Optional<PrintJob> found = jobs.find(jobId);
        if (found.isEmpty()) {
            return PrintOutcome.NOT_PRINTED;
        }
        PrintJob job = found.get();
        PrintOutcome outcome = job.outcome();
        if (outcome == PrintOutcome.PRINTING && !status.canPrint()) {
            outcome = PrintOutcome.NOT_PRINTED;
        }
        if (outcome == PrintOutcome.PRINTED && !status.confirmsPrinting()) {
            outcome = PrintOutcome.SENT;
        }
        if (outcome == PrintOutcome.NOT_PRINTED && !job.status().isFinal() && !jobs.hold(jobId, now())) {
            // it printed (or failed) a moment ago: say what happened
            return jobs.find(jobId).map(PrintJob::outcome).orElse(PrintOutcome.NOT_PRINTED);
        }
        return outcome;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Whether slips are printed on this node: on a kiosk; not on the hub, which has no printer (its pages offer A4
     * and CSV only).
     */
    public boolean printsHere() {
        return printsHere;
    }

    /** The printer's status as last seen by the background poll: cheap, for screens that refresh often. */
    public PrinterStatus printerStatus() {
        return printer.current();
    }
}
