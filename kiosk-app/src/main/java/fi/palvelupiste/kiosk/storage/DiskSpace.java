package fi.palvelupiste.kiosk.storage;

import fi.palvelupiste.kiosk.KioskOnly;

import fi.palvelupiste.kiosk.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToLongFunction;

/**
 * Watches the free space where the database lives. A full SD card would stop every save; so the kiosk keeps a
 * reserve file of {@code kiosk.storage.reserve} in its data directory, and when free space drops below
 * {@code kiosk.storage.low-space} it deletes the reserve (the database can go on saving queue numbers for a good
 * while) and tells staff in plain words. The reserve is written again once there is room. Checked every
 * {@code kiosk.storage.check-interval}, off the start-up path.
 */
@KioskOnly
@Component
public class DiskSpace {

    /** What staff should know about free space. */
    public enum State { ENOUGH, LOW }

    private static final Logger log = LoggerFactory.getLogger(DiskSpace.class);
    static final String RESERVE_FILE = "space-reserve.bin";

    private final Path directory;
    private final StorageProperties settings;
    private final ToLongFunction<Path> usableSpace;
    private volatile State state = State.ENOUGH;
    private volatile long freeBytes = -1;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Autowired
    DiskSpace(KioskProperties kiosk, StorageProperties settings) {
        this(kiosk.dataDir(), settings, DiskSpace::usable);
    }

    DiskSpace(Path directory, StorageProperties settings, ToLongFunction<Path> usableSpace) {
        this.directory = directory.toAbsolutePath().normalize();
        this.settings = settings;
        this.usableSpace = usableSpace;
    }

    @Scheduled(initialDelayString = "${kiosk.storage.check-interval:30s}",
            fixedDelayString = "${kiosk.storage.check-interval:30s}")
    void scheduledCheck() {
        check();
    }

    /** Looks at free space now: gives up or rewrites the reserve, and returns the state. */
    public State check() {
        try {
            Files.createDirectories(directory);
            long free = usableSpace.applyAsLong(directory);
            long low = settings.lowSpace().toBytes();
            long reserve = settings.reserve().toBytes();
            Path reserveFile = directory.resolve(RESERVE_FILE);
            State now = free < low ? State.LOW : State.ENOUGH;
            if (now == State.LOW && Files.exists(reserveFile)) {
                Files.delete(reserveFile);
                log.warn("Free space on the kiosk's disk is {} MB: the reserve of {} MB was given up so that saving "
                        + "goes on; free some space", free >> 20, reserve >> 20);
                free = usableSpace.applyAsLong(directory);
            } else if (now == State.ENOUGH && free > low + reserve && !Files.exists(reserveFile)) {
                writeReserve(reserveFile, reserve);
            }
            freeBytes = free;
            if (now != state) {
                log.info("Free space on the kiosk's disk: {} ({} MB)", now, free >> 20);
                state = now;
                listeners.forEach(Runnable::run);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Cannot check free space in {}: {}", directory, e.toString());
        }
        return state;
    }

    /** Calls {@code changed} (on the checking thread) when the state changes; run the handle to stop. */
    public Runnable onChange(Runnable changed) {
        listeners.add(changed);
        return () -> listeners.remove(changed);
    }

    public State state() {
        return state;
    }

    /** Free bytes at the last check, or -1 before the first. */
    public long freeBytes() {
        return freeBytes;
    }

    private static void writeReserve(Path file, long bytes) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(part)) {
            for (long written = 0; written < bytes; written += zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, bytes - written));
            }
        }
        Files.move(part, file);
    }

    private static long usable(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
