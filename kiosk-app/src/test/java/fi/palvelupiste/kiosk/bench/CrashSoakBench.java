package fi.palvelupiste.kiosk.bench;

import fi.palvelupiste.kiosk.e2e.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

    private static final String PHOTO_DAY = "6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01";
    private static final String SERVICE_RIDE = "8b3e2f40-0000-4000-8000-000000000003";
    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private static final String LETTERS = "abdefghijklmnoprstuvy";

    private final Path jar;
    private final Path data;
    private final Path paper;
    private final int port;
    private final Random random = new Random();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Confirmed> confirmed = new CopyOnWriteArrayList<>();
    private final AtomicInteger names = new AtomicInteger();
    private Process app;
    private int starts;
    private int healthyStarts;
    private int killsOnConfirmation;
    private long photoDayId;
    private long rideId;

    /** What a screen showed as done: a queue number (with its day) or a reference code. */
    record Confirmed(String kind, String key, LocalDate day, int cycle) {
    }

    private CrashSoakBench(Path jar, Path data, int port) {
        this.jar = jar;
        this.data = data;
        this.paper = data.resolve("paper-archive");
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of(args.length > 2 ? args[2] : "kiosk-app/target/palvelupiste-kiosk.jar").toAbsolutePath();
        Path data = Files.createTempDirectory("crash-soak-");
        // a copy: a build running meanwhile may rewrite the jar under a kiosk that is about to start again
        jar = Files.copy(jar, data.resolve("kiosk.jar"));
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        System.out.printf("crash soak: %d cycles, %d browser sessions, jar %s, data %s%n", cycles, sessions, jar, data);
        new CrashSoakBench(jar, data, port).run(cycles, sessions);
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
        try (Connection db = database(); Statement sql = db.createStatement()) {
            LocalDate today = LocalDate.now();
            sql.executeUpdate("UPDATE signup_event SET event_date = DATE '" + today.plusDays(30) + "', "
                    + "signup_closes_at = TIMESTAMP WITH TIME ZONE '" + today.plusDays(29) + " 16:00:00+02:00' "
                    + "WHERE public_id = '" + PHOTO_DAY + "'");
            sql.executeUpdate("UPDATE signup_slot SET capacity = 100000 WHERE event_id = "
                    + "(SELECT id FROM signup_event WHERE public_id = '" + PHOTO_DAY + "')");
            sql.executeUpdate("UPDATE ride SET ride_date = DATE '" + today.plusDays(7) + "', seats = 100000 "
                    + "WHERE public_id = '" + SERVICE_RIDE + "'");
            photoDayId = single(sql, "SELECT id FROM signup_event WHERE public_id = '" + PHOTO_DAY + "'");
            rideId = single(sql, "SELECT id FROM ride WHERE public_id = '" + SERVICE_RIDE + "'");
        }
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
        private final WebDriver driver;
        private final int index;
        private final int cycle;
        private final AtomicBoolean running;
        private final java.util.function.Consumer<Confirmed> onConfirmed;
        private final WebDriverWait wait;

        Session(WebDriver driver, int index, int cycle, AtomicBoolean running,
                java.util.function.Consumer<Confirmed> onConfirmed) {
            this.driver = driver;
            this.index = index;
            this.cycle = cycle;
            this.running = running;
            this.onConfirmed = onConfirmed;
            this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.ignoring(StaleElementReferenceException.class);
        }

        @Override
        public void run() {
            int move = index;
            while (running.get()) {
                try {
                    driver.get("http://localhost:" + port + "/");
                    heading("Tervetuloa!");
                    switch (move++ % 4) {
                        case 0 -> ticket();
                        case 1 -> signup();
                        case 2 -> ride();
                        default -> form();
                    }
                } catch (RuntimeException e) {
                    // the kiosk was killed under the screen, or a step took too long: start over if still running
                    sleepQuietly();
                }
            }
        }

        private void ticket() {
            click("start-choice-queue-A");
            String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number"))).getText();
            confirm("ticket", number);
            click("ticket-done");
        }

        private void signup() {
            click("start-choice-signup");
            heading("Mihin haluat ilmoittautua?");
            click("signup-event-" + photoDayId);
            heading("Valitse aika");
            firstEnabled("[id^='signup-slot-']").click();
            name();
            heading("Puhelinnumerosi");
            click("signup-no-phone");
            heading("Tarvitsetko apua?");
            click("signup-next");
            heading("Tuleeko joku mukaasi?");
            click("signup-companion-no");
            heading("Tarkista tiedot");
            click("signup-confirm");
            heading("Olet ilmoittautunut!");
            confirm("signup", driver.findElement(By.id("signup-code")).getText());
        }

        private void ride() {
            click("start-choice-ride");
            heading("Mihin kyytiin haluat?");
            click("ride-" + rideId);
            heading("Mistä sinut haetaan?");
            firstEnabled("[id^='ride-stop-']").click();
            heading("Montako teitä matkustaa?");
            click("ride-seats-1");
            heading("Tarvitaanko pyörätuolipaikka?");
            click("ride-wheelchair-no");
            name();
            heading("Puhelinnumerosi");
            click("signup-no-phone");
            heading("Tarkista kyytisi");
            click("ride-confirm");
            heading("Kyytisi on varattu");
            confirm("ride", driver.findElement(By.id("signup-code")).getText());
        }

        private void form() {
            click("start-choice-forms");
            heading("Tulosta lomake");
            click("form-choice-digituki");
            click("forms-print");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forms-print-state")));
        }

        /** First and last name on the kiosk's own keyboard: a new resident each time. */
        private void name() {
            heading("Kirjoita nimesi");
            type("aino");
            click("signup-next");
            type(surname(names.incrementAndGet()));
            click("signup-next");
        }

        private void confirm(String kind, String key) {
            if (running.get()) {
                onConfirmed.accept(new Confirmed(kind, key, LocalDate.now(), cycle));
            }
        }

        private void heading(String text) {
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
        }

        private void click(String id) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        }

        private WebElement firstEnabled(String css) {
            return wait.until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isEnabled)
                    .findFirst().orElse(null));
        }

        private void type(String text) {
            for (char c : text.toCharArray()) {
                click("osk-key-" + c);
            }
        }
    }

    /** A surname of letters only (names are letters), different for every number. */
    private static String surname(int n) {
        StringBuilder name = new StringBuilder("k");
        int rest = n;
        do {
            name.append(LETTERS.charAt(rest % LETTERS.length()));
            rest /= LETTERS.length();
        } while (rest > 0);
        return name.append("nen").toString();
    }

    private record Check(List<Confirmed> lost, Set<String> doubled, Map<String, Integer> printedTwice) {
    }

    /** Compares everything confirmed so far with the database and the paper, as the next start would see them. */
    private Check check() throws SQLException, IOException {
        List<Confirmed> lost = new ArrayList<>();
        Map<String, Integer> jobsSent = new HashMap<>();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            for (Confirmed done : confirmed) {
                String query = switch (done.kind()) {
                    case "ticket" -> "SELECT COUNT(*) FROM ticket WHERE display_number = '" + done.key()
                            + "' AND service_day = DATE '" + done.day() + "'";
                    case "signup" -> "SELECT COUNT(*) FROM signup WHERE reference_code = '" + done.key()
                            + "' AND status <> 'CANCELLED'";
                    default -> "SELECT COUNT(*) FROM ride_booking WHERE reference_code = '" + done.key()
                            + "' AND status <> 'CANCELLED'";
                };
                if (single(sql, query) == 0) {
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
        String java = ProcessHandle.current().info().command().orElse("java");
        app = new ProcessBuilder(java, "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "--server.port=" + port, "--kiosk.data-dir=" + data, "--kiosk.backup.enabled=false",
                "--kiosk.idle.timeout=600s", "--logging.level.root=WARN", "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("app.log").toFile()))
                .start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("UP")) {
                    healthyStarts++;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the kiosk did not come up on start " + starts + "; see " + data.resolve("app.log"));
    }

    /** SIGKILL: what a power cut does to the JVM. */
    private void kill() {
        if (app != null && app.isAlive()) {
            app.destroyForcibly();
            try {
                app.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db").resolve("kiosk"), "sa", "");
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
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
