package fi.palvelupiste.hardware.virtual;

import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.printer.PrinterException;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A printer that prints into a directory: each job becomes {@code <time>-<n>-<name>.escpos} (the exact bytes a
 * real printer would get), a {@code .txt} beside it with what the paper would show, and a {@code .png} picture of
 * the paper. The default printer when
 * no serial port is configured; developers, staff and tests look at its output. Keeps the newest jobs only.
 * A simulated status lets tests and demos see how the kiosk behaves when paper runs out.
 */
public final class VirtualPrinter implements PrinterPort {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String BYTES_SUFFIX = ".escpos";
    private static final String TEXT_SUFFIX = ".txt";
    static final String PNG_SUFFIX = ".png";

    private final Path directory;
    private final EscPosTextRenderer renderer;
    private final EscPosImageRenderer imageRenderer;
    private final int keep;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private volatile PrinterStatus simulatedStatus = PrinterStatus.READY;
    private volatile int cutOffAfter = -1;

    public VirtualPrinter(Path directory, PrinterProfile profile, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        this.directory = directory;
        this.renderer = new EscPosTextRenderer(profile.columns());
        this.imageRenderer = new EscPosImageRenderer(profile.dotWidth());
        this.keep = keep;
        this.clock = clock;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create virtual printer directory " + directory, e);
        }
        // after a restart, go on numbering after the newest stored job: names keep sorting in printing order
        // even when the clock stands still (tests) or was set back
        this.sequence.set(bytesFilesNewestFirst().stream().findFirst().map(VirtualPrinter::sequenceOf).orElse(0L));
    }

    private static long sequenceOf(Path bytesFile) {
        String[] parts = bytesFile.getFileName().toString().split("-");
        try {
            return parts.length > 3 ? Long.parseLong(parts[3]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public synchronized void print(String jobName, byte[] escPos) throws PrinterException {
        PrinterStatus status = simulatedStatus;
        if (!status.canPrint()) {
            throw new PrinterException("virtual printer is " + status, status);
        }
        // time, then a counter: names sort in printing order
        String base = FILE_TIME.format(LocalDateTime.now(clock)) + "-%06d-".formatted(sequence.incrementAndGet())
                + safeName(jobName);
        int cutOff = cutOffAfter;
        cutOffAfter = -1;
        byte[] paper = cutOff >= 0 && cutOff < escPos.length ? Arrays.copyOf(escPos, cutOff) : escPos;
        try {
            writeAtomically(directory.resolve(base + BYTES_SUFFIX), paper);
            writeAtomically(directory.resolve(base + TEXT_SUFFIX),
                    renderer.render(paper).getBytes(StandardCharsets.UTF_8));
            writeAtomically(directory.resolve(base + PNG_SUFFIX), imageRenderer.renderPng(paper));
            prune();
        } catch (IOException e) {
            throw new PrinterException("virtual printer cannot write to " + directory, PrinterStatus.OFFLINE, e);
        }
        if (paper != escPos) {
            simulatedStatus = PrinterStatus.PAPER_OUT;
            throw new PrinterException("virtual printer ran out of paper after " + cutOff + " of " + escPos.length
                    + " bytes", PrinterStatus.PAPER_OUT, cutOff, null);
        }
    }

    @Override
    public PrinterStatus status() {
        return simulatedStatus;
    }

    @Override
    public String describe() {
        return "virtual printer in " + directory;
    }

    /** Makes the printer behave as if it were in this state, e.g. PAPER_OUT; READY restores it. */
    public void simulate(PrinterStatus status) {
        this.simulatedStatus = status;
    }

    /** The next job runs out of paper after this many bytes: a cut-off slip, and the printer then says PAPER_OUT. */
    public void simulateCutOffAfter(int bytes) {
        this.cutOffAfter = bytes;
    }

    public Path directory() {
        return directory;
    }

    /** The newest printed slips, newest first. */
    public List<PrintedSlip> recent(int limit) {
        if (limit < 1) {
            return List.of();
        }
        List<PrintedSlip> slips = new ArrayList<>();
        for (Path bytesFile : bytesFilesNewestFirst().stream().limit(limit).toList()) {
            String name = bytesFile.getFileName().toString();
            String base = name.substring(0, name.length() - BYTES_SUFFIX.length());
            Path textFile = directory.resolve(base + TEXT_SUFFIX);
            try {
                slips.add(new PrintedSlip(base, bytesFile, textFile, Files.readString(textFile)));
            } catch (IOException e) {
                // pruned or half-written between listing and reading: skip it
            }
        }
        return slips;
    }

    private List<Path> bytesFilesNewestFirst() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(BYTES_SUFFIX))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void prune() throws IOException {
        List<Path> files = bytesFilesNewestFirst();
        for (Path old : files.subList(Math.min(keep, files.size()), files.size())) {
            String name = old.getFileName().toString();
            String base = name.substring(0, name.length() - BYTES_SUFFIX.length());
            Files.deleteIfExists(old);
            Files.deleteIfExists(directory.resolve(base + TEXT_SUFFIX));
            Files.deleteIfExists(directory.resolve(base + PNG_SUFFIX));
        }
    }

    /**
     * Deletes the paper files ({@code .escpos}, {@code .txt}, {@code .png}) of every job printed under this name in
     * the directory: how the app removes printed copies of personal data at retention. Static, so it also works
     * on old paper when a real printer is attached now.
     *
     * @return how many files were deleted
     */
    public static int deletePrinted(Path directory, String jobName) {
        String safe = safeName(jobName);
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (safe.equals(jobNameOf(file.getFileName().toString()))) {
                    deleted += Files.deleteIfExists(file) ? 1 : 0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete printed copies of " + jobName + " in " + directory, e);
        }
        return deleted;
    }

    /** The (safe) job name in {@code <date>-<time>-<millis>-<n>-<name>.<suffix>}; null for other files. */
    private static String jobNameOf(String fileName) {
        String base = fileName.endsWith(".tmp") ? fileName.substring(0, fileName.length() - 4) : fileName;
        for (String suffix : List.of(BYTES_SUFFIX, TEXT_SUFFIX, PNG_SUFFIX)) {
            if (base.endsWith(suffix)) {
                String[] parts = base.substring(0, base.length() - suffix.length()).split("-", 5);
                return parts.length == 5 ? parts[4] : null;
            }
        }
        return null;
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String safeName(String jobName) {
        String safe = jobName.replaceAll("[^A-Za-z0-9_-]", "_");
        return safe.isEmpty() ? "job" : safe.substring(0, Math.min(40, safe.length()));
    }
}
