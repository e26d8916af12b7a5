package fi.palvelupiste.kiosk.printing;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.virtual.VirtualPrinter;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a print job holds and who may see it. Jobs with residents' personal data (lists, manifests) are marked so
 * by the code that prints them; only coordinators may preview or reprint them, and every preview and reprint of
 * one is audited. Every job of an event or a ride belongs to it, and goes with it at retention: the row, reprints
 * included, and the virtual printer's paper files.
 */
@Service
public class PrintJobPrivacy {

    private static final Logger log = LoggerFactory.getLogger(PrintJobPrivacy.class);
    private static final String MAY_READ_PERSONAL_DATA = "ROLE_" + Role.COORDINATOR_ROLE;

    private final PrintJobService printing;
    private final PrintJobPrivacyRepository jobs;
    private final AuditLog audit;
    private final Path paperDirectory;

    PrintJobPrivacy(PrintJobService printing, PrintJobPrivacyRepository jobs, AuditLog audit,
                    KioskProperties properties) {
        this.printing = printing;
        this.jobs = jobs;
        this.audit = audit;
        this.paperDirectory = PrinterConfiguration.virtualPrinterDirectory(properties);
    }

    /**
     * Stores a print job, as {@link PrintJobService#enqueue}, marked with what it belongs to and whether it holds
     * residents' personal data.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(PrintJobOwner owner, boolean personalData, String name, Receipt receipt, Duration validFor) {
        long id = printing.enqueue(name, receipt, validFor);
        jobs.mark(id, owner.key(), personalData);
        return id;
    }

    /** Whether this node prints at all ({@link PrintJobService#printsHere}): not on the hub. */
    public boolean printsHere() {
        return printing.printsHere();
    }

    /** Of these jobs, the ones with residents' personal data. */
    public Set<Long> withPersonalData(Collection<Long> jobIds) {
        return jobs.withPersonalData(jobIds);
    }

    /** Whether the logged-in person may see this job's paper: always, unless it holds personal data. */
    public boolean mayRead(long jobId) {
        return withPersonalData(List.of(jobId)).isEmpty() || currentUserMayReadPersonalData();
    }

    /** The job's paper as a PNG; a job with personal data only for a coordinator, and audited. */
    @Transactional
    public byte[] preview(long jobId, Actor actor) {
        checkAndAudit(jobId, actor, "viewed");
        return printing.preview(jobId);
    }

    /** Prints the job again as a new job that carries the original's marks; personal data as for preview. */
    @Transactional
    public long reprint(long jobId, Actor actor) {
        checkAndAudit(jobId, actor, "reprinted");
        long copy = printing.reprint(jobId);
        jobs.copyMarks(jobId, copy);
        return copy;
    }

    /** Deletes every job of this owner (reprints too) and its paper files; part of retention. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteOf(PrintJobOwner owner) {
        return delete(jobs.ofOwner(owner.key()));
    }

    /**
     * Deletes these jobs and the virtual printer's files of their names (once the deletion commits). Links to them
     * must be gone first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int delete(Collection<Long> jobIds) {
        if (jobIds.isEmpty()) {
            return 0;
        }
        List<String> names = jobs.names(jobIds);
        int deleted = jobs.delete(jobIds);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                int files = names.stream().mapToInt(name -> VirtualPrinter.deletePrinted(paperDirectory, name)).sum();
                log.info("Deleted {} print job(s) and {} paper file(s) of the virtual printer", deleted, files);
            }
        });
        return deleted;
    }

    private void checkAndAudit(long jobId, Actor actor, String verb) {
        if (withPersonalData(List.of(jobId)).isEmpty()) {
            return;
        }
        if (!currentUserMayReadPersonalData()) {
            throw new AccessDeniedException("print job " + jobId + " holds personal data");
        }
        String name = printing.find(jobId).map(PrintJob::name).orElse("?");
        audit.record(actor, verb + " the printed copy " + name + " (print job " + jobId + ") on the printer page");
    }

    private static boolean currentUserMayReadPersonalData() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated()
                && who.getAuthorities().stream().anyMatch(a -> MAY_READ_PERSONAL_DATA.equals(a.getAuthority()));
    }
}
