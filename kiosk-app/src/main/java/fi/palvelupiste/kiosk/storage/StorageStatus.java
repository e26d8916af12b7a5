package fi.palvelupiste.kiosk.storage;

import fi.palvelupiste.kiosk.KioskOnly;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.backup.DatabaseBackup;
import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.kiosk.staff.StaffNotices;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What staff should know about the kiosk's storage, and the one thing they can do about a damaged database:
 * confirm a restore from a good backup. The restore itself runs at the next start ({@link DatabaseRecovery}), so the
 * kiosk stops after the confirmation with exit status {@value #RESTART_STATUS}; its systemd unit starts it again.
 */
@KioskOnly
@Service
public class StorageStatus implements StaffNotices {

    /** The exit status that tells systemd ({@code Restart=on-failure}) to start the kiosk again. */
    static final int RESTART_STATUS = 75;
    private static final Logger log = LoggerFactory.getLogger(StorageStatus.class);

    private final DiskSpace disk;
    private final DatabaseBackup backups;
    private final AuditLog audit;
    private final ApplicationContext context;
    private final I18NProvider texts;
    private final @Nullable String damaged;

    StorageStatus(DiskSpace disk, DatabaseBackup backups, AuditLog audit, ApplicationContext context, I18NProvider texts,
                  @Value("${" + DatabaseRecovery.DAMAGED_PROPERTY + ":}") String damaged) {
        this.disk = disk;
        this.backups = backups;
        this.audit = audit;
        this.context = context;
        this.texts = texts;
        // an empty default, not #{null}: that one expression made the start set up Spring's expression language
        this.damaged = damaged.isEmpty() ? null : damaged;
    }

    /** The damaged database file when the kiosk runs on its emergency database. */
    public Optional<Path> damagedDatabase() {
        return Optional.ofNullable(damaged).map(Path::of);
    }

    public DiskSpace.State diskState() {
        return disk.state();
    }

    public long freeMegabytes() {
        return disk.freeBytes() < 0 ? -1 : disk.freeBytes() >> 20;
    }

    /** Backups on disk, newest first, each with whether it reads back whole. */
    public List<Backup> backups() {
        return backups.backups().stream().map(file -> new Backup(file, size(file), DatabaseBackup.isGood(file))).toList();
    }

    public record Backup(Path file, long bytes, boolean good) {
    }

    @Override
    public List<String> current(Locale locale) {
        List<String> notices = new ArrayList<>();
        damagedDatabase().ifPresent(file -> notices.add(texts.getTranslation("storage.notice.damaged", locale)));
        if (disk.state() == DiskSpace.State.LOW) {
            notices.add(texts.getTranslation("storage.notice.low-space", locale, freeMegabytes()));
        }
        return notices;
    }

    /** Free space only changes between checks: staff pages hear of it when the disk's state changes. */
    @Override
    public Runnable subscribe(Runnable changed) {
        return disk.onChange(changed);
    }

    /**
     * Staff confirmed: restore this good backup at the next start, keeping the damaged file, then stop so the kiosk
     * starts again. Only while the kiosk runs on its emergency database.
     */
    public void restoreAndRestart(Path backup, Actor actor) {
        if (damaged == null || !DatabaseBackup.isGood(backup) || !backups.backups().contains(backup)) {
            throw new IllegalArgumentException("not a good backup to restore now: " + backup);
        }
        DatabaseFiles files = new DatabaseFiles(Path.of(damaged.replaceAll("\\.mv\\.db$", "")));
        files.requestRestore(backup);
        audit.record(actor, "storage-restore " + backup.getFileName());
        log.warn("{} confirmed restoring {}; the kiosk restarts to do it", actor.name(), backup);
        Thread.ofPlatform().name("restart-for-restore").start(() -> {
            sleep(Duration.ofSeconds(2)); // the confirming page gets its answer first
            System.exit(SpringApplication.exit(context, () -> RESTART_STATUS));
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
