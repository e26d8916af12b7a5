package fi.palvelupiste.kiosk.bench;

import fi.palvelupiste.kiosk.e2e.Chromium;
import fi.palvelupiste.kiosk.e2e.KioskProcess;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: the kiosk's production jar is started on one data directory, several headless Chromium
 * sessions take tickets, sign up for the photo day, book rides and print forms through the screens (the on-screen
 * keyboard included), the JVM is killed with SIGKILL at a random moment or right after a screen showed a
 * confirmation, and started again on the same data; repeated. After each kill the database (opened as the next
 * start would) and the virtual printer's paper are compared with everything the screens confirmed:
 * <ul>
 * <li>lost: a number or reference code a screen showed that the database does not have;</li>
 * <li>doubled numbers: a queue number shown to two residents on the same day;</li>
 * <li>slips printed twice: more slips on paper for a print job name than jobs of that name were sent (a job
 * counts as sent once it is SENDING: its claim is committed before its first byte);</li>
 * <li>database opens: starts that came up healthy, of all starts.</li>
 * </ul>
 * Run with {@code bench/crash-soak [CYCLES]}; prints the figures with the goal beside them.
 */
public final class CrashSoakBench {

    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private final KioskProcess kiosk;
    private final Path data;
    private final Path paper;
    private final int port;
    private final Random random = new Random();
    private final List<Confirmed> confirmed = new CopyOnWriteArrayList<>();
    private final AtomicInteger names = new AtomicInteger();
    private int starts;
    private int healthyStarts;
    private int killsOnConfirmation;
    private long photoDayId;
    private long rideId;

    /** What a screen showed as done: a queue number (with its day) or a reference code. */
    record Confirmed(String kind, String key, LocalDate day, int cycle) {
    }

    private CrashSoakBench(Path jar, Path data) throws IOException {
        this.kiosk = new KioskProcess(jar, data, List.of(), List.of("--kiosk.idle.timeout=600s"));
        this.data = data;
        this.paper = data.resolve("paper-archive");
        this.port = kiosk.port();
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of(args.length > 2 ? args[2] : "kiosk-app/target/palvelupiste-kiosk.jar").toAbsolutePath();
        Path data = Files.createTempDirectory("crash-soak-");
        // a copy: a build running meanwhile may rewrite the jar under a kiosk that is about to start again
        jar = Files.copy(jar, data.resolve("kiosk.jar"));
        System.out.printf("crash soak: %d cycles, %d browser sessions, jar %s, data %s%n", cycles, sessions, jar, data);
        new CrashSoakBench(jar, data).run(cycles, sessions);
    }

    private void run(int cycles, int sessionCount) throws Exception {
        Files.createDirectories(paper);
        prepare();
        List<WebDriver> browsers = new ArrayList<>();
        try {
            for (int i = 0; i < sessionCount; i++) {
                browsers.add(Chromium.start(1280, 800));
            }
            for (int cycle = 1; cycle <= cycles; cycle++) {
                runCycle(cycle, browsers);
            }
        } finally {
            browsers.forEach(WebDriver::quit);
            kill();
        }
        report(cycles);
    }

    /** First start (migrations), then room for many sign-ups and rides on dates that are always ahead. */
    private void prepare() throws Exception {
        start();
        kill();
        BenchDatabase.Room room = BenchDatabase.makeRoom(data);
        photoDayId = room.photoDayId();
        rideId = room.rideId();
    }

    private void runCycle(int cycle, List<WebDriver> browsers) throws Exception {
        start();
        int before = confirmed.size();
        AtomicBoolean running = new AtomicBoolean(true);
        boolean killOnConfirmation = cycle % 3 == 0;
        int killAfter = 1 + random.nextInt(3);
        AtomicInteger seen = new AtomicInteger();
        Object killLock = new Object();
        Runnable killNow = () -> {
            synchronized (killLock) {
                if (running.getAndSet(false)) {
                    kill();
                }
            }
        };
        List<Thread> sessions = new ArrayList<>();
        for (int s = 0; s < browsers.size(); s++) {
            Session session = new Session(browsers.get(s), s, cycle, running, done -> {
                confirmed.add(done);
                if (killOnConfirmation && seen.incrementAndGet() >= killAfter) {
                    killOnConfirmation(killNow);
                }
            });
            sessions.add(Thread.ofPlatform().name("soak-session-" + s).start(session));
        }
        long burstMillis = 4_000 + random.nextInt(20_000);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(killOnConfirmation ? 60_000 : burstMillis);
        while (running.get() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        killNow.run();
        for (Thread session : sessions) {
            session.join(Duration.ofSeconds(40));
        }
        archivePaper();
        Check check = check();
        System.out.printf("cycle %2d: %-15s confirmed %2d (total %4d) | lost %d, doubled %d, printed twice %d%n", cycle,
                killOnConfirmation ? "kill on confirm" : "kill at " + burstMillis + " ms",
                confirmed.size() - before, confirmed.size(), check.lost.size(), check.doubled.size(),
                check.printedTwice.size());
    }

    private void killOnConfirmation(Runnable killNow) {
        killsOnConfirmation++;
        killNow.run();
    }

    /** One resident screen: does one thing after another until the kiosk is killed. */
    private final class Session implements Runnable {
        private final ResidentMoves moves;
        private final int index;
        private final int cycle;
        private final AtomicBoolean running;
        private final java.util.function.Consumer<Confirmed> onConfirmed;

        Session(WebDriver driver, int index, int cycle, AtomicBoolean running,
                java.util.function.Consumer<Confirmed> onConfirmed) {
            this.moves = new ResidentMoves(driver, "http://localhost:" + port + "/");
            this.index = index;
            this.cycle = cycle;
            this.running = running;
            this.onConfirmed = onConfirmed;
        }

        @Override
        public void run() {
            int move = index;
            while (running.get()) {
                try {
                    moves.openStart();
                    switch (move++ % 4) {
                        case 0 -> {
                            confirm("ticket", moves.ticket());
                            moves.ticketDone();
                        }
                        case 1 -> confirm("signup", moves.signup(photoDayId, names.incrementAndGet()));
                        case 2 -> confirm("ride", moves.ride(rideId, names.incrementAndGet()));
                        default -> moves.form();
                    }
                } catch (RuntimeException e) {
                    // the kiosk was killed under the screen, or a step took too long: start over if still running
                    sleepQuietly();
                }
            }
        }

        private void confirm(String kind, String key) {
            if (running.get()) {
                onConfirmed.accept(new Confirmed(kind, key, LocalDate.now(), cycle));
            }
        }
    }

    private record Check(List<Confirmed> lost, Set<String> doubled, Map<String, Integer> printedTwice) {
    }

    /** Compares everything confirmed so far with the database and the paper, as the next start would see them. */
    private Check check() throws SQLException, IOException {
        List<Confirmed> lost = new ArrayList<>();
        Map<String, Integer> jobsSent = new HashMap<>();
        try (Connection db = BenchDatabase.open(data); Statement sql = db.createStatement()) {
            for (Confirmed done : confirmed) {
                String query = switch (done.kind()) {
                    case "ticket" -> "SELECT COUNT(*) FROM ticket WHERE display_number = '" + done.key()
                            + "' AND service_day = DATE '" + done.day() + "'";
                    case "signup" -> "SELECT COUNT(*) FROM signup WHERE reference_code = '" + done.key()
                            + "' AND status <> 'CANCELLED'";
                    default -> "SELECT COUNT(*) FROM ride_booking WHERE reference_code = '" + done.key()
                            + "' AND status <> 'CANCELLED'";
                };
                if (BenchDatabase.single(sql, query) == 0) {
                    lost.add(done);
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT name, COUNT(*) FROM print_job "
                    + "WHERE status IN ('SENDING', 'PRINTED', 'INCOMPLETE') GROUP BY name")) {
                while (rows.next()) {
                    jobsSent.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        Set<String> seenNumbers = new HashSet<>();
        Set<String> doubled = new HashSet<>();
        for (Confirmed done : confirmed) {
            if (done.kind().equals("ticket") && !seenNumbers.add(done.day() + " " + done.key())) {
                doubled.add(done.day() + " " + done.key());
            }
        }
        Map<String, Integer> onPaper = new HashMap<>();
        try (Stream<Path> files = Files.list(paper)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".escpos"))
                    .map(CrashSoakBench::jobNameOf).forEach(name -> onPaper.merge(name, 1, Integer::sum));
        }
        Map<String, Integer> printedTwice = new HashMap<>();
        onPaper.forEach((name, count) -> {
            if (count > jobsSent.getOrDefault(name, 0)) {
                printedTwice.put(name, count);
            }
        });
        return new Check(lost, doubled, printedTwice);
    }

    /** {@code <yyyyMMdd>-<HHmmss>-<SSS>-<sequence>-<job name>.escpos} → the job name. */
    private static String jobNameOf(String file) {
        String[] parts = file.substring(0, file.length() - ".escpos".length()).split("-", 5);
        return parts.length == 5 ? parts[4] : file;
    }

    private void report(int cycles) throws SQLException, IOException {
        Check check = check();
        Map<String, Long> byKind = new HashMap<>();
        confirmed.forEach(done -> byKind.merge(done.kind(), 1L, Long::sum));
        long slips;
        try (Stream<Path> files = Files.list(paper)) {
            slips = files.filter(p -> p.getFileName().toString().endsWith(".escpos")).count();
        }
        System.out.println();
        System.out.println("== crash soak: kill -9 at random moments and right after confirmations, restart, compare");
        System.out.printf("%-22s %8s   %s%n", "figure", "value", "goal");
        System.out.printf("%-22s %8d   %s%n", "cycles", cycles, "50");
        System.out.printf("%-22s %8d   %s%n", "kills on confirmation", killsOnConfirmation, "every third cycle");
        System.out.printf("%-22s %8d   (tickets %d, sign-ups %d, rides %d)%n", "confirmed on screen", confirmed.size(),
                byKind.getOrDefault("ticket", 0L), byKind.getOrDefault("signup", 0L), byKind.getOrDefault("ride", 0L));
        System.out.printf("%-22s %8d   %s%n", "slips on paper", slips, "");
        System.out.printf("%-22s %8d   %s%n", "lost", check.lost.size(), "0");
        System.out.printf("%-22s %8d   %s%n", "doubled numbers", check.doubled.size(), "0");
        System.out.printf("%-22s %8d   %s%n", "slips printed twice", check.printedTwice.size(), "0");
        System.out.printf("%-22s %5d/%-3d  %s%n", "database opens", healthyStarts, starts, "every start");
        check.lost.forEach(done -> System.out.println("  lost: " + done));
        check.doubled.forEach(number -> System.out.println("  doubled: " + number));
        check.printedTwice.forEach((name, count) -> System.out.println("  printed twice: " + name + " x" + count));
    }

    private void start() throws IOException, InterruptedException {
        starts++;
        if (!kiosk.start(START_LIMIT)) {
            throw new IllegalStateException("the kiosk did not come up on start " + starts + "; see " + kiosk.log());
        }
        healthyStarts++;
    }

    /** SIGKILL: what a power cut does to the JVM. */
    private void kill() {
        kiosk.kill();
    }

    private void archivePaper() throws IOException {
        Path printer = data.resolve("printer");
        if (!Files.isDirectory(printer)) {
            return;
        }
        try (Stream<Path> files = Files.list(printer)) {
            for (Path file : files.toList()) {
                Files.move(file, paper.resolve(file.getFileName()));
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
