package fi.palvelupiste.kiosk.bench;

import fi.palvelupiste.kiosk.KioskApplication;
import fi.palvelupiste.kiosk.TestHub;
import fi.palvelupiste.kiosk.TestPostgres;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.hub.HubSites;
import fi.palvelupiste.kiosk.hub.Site;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupFixtures;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test: simulated kiosks pushing sign-ups to a hub on this machine (issue #11, item 10). The hub runs
 * as a process of its own (the production profile {@code hub}) on an embedded PostgreSQL; sites, enrolment codes and a
 * photo day are made through the hub's own services first. Each simulated kiosk enrols with its code over the sync
 * API, takes the photo day's slots from {@code /api/sync/down}, then confirms sign-ups at its share of the offered
 * load and pushes what it has every 2 seconds ({@code kiosk.hub.push-interval}), one push at a time, as a kiosk does.
 * Figures: sign-ups stored per second, p50/p95 from a sign-up's confirmation to the hub's acknowledgement of it, the
 * hub's RSS; then every kiosk back after being offline with a backlog, and how fast the hub takes it all in.
 * Run with bench/hub-sync [SIGN-UPS-PER-SECOND] [SECONDS].
 */
public final class HubSyncBench {

    private static final Duration PUSH_INTERVAL = Duration.ofSeconds(2);
    private static final Actor COORDINATOR = Actor.staff("bench");
    private static final Pattern TOKEN = Pattern.compile("\"deviceToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SITE = Pattern.compile("\"siteId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SLOT = Pattern.compile("\"slots\"\\s*:\\s*\\[(.*?)]");
    private static final Pattern PUBLIC_ID = Pattern.compile("\"publicId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STORED = Pattern.compile("\"stored\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI hub;
    private final UUID event;

    private HubSyncBench(URI hub, UUID event) {
        this.hub = hub;
        this.event = event;
    }

    public static void main(String[] args) throws Exception {
        int perSecond = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String database = TestPostgres.newDatabase();
        List<String> codes = new ArrayList<>();
        UUID event;
        try (TestHub seeding = TestHub.on(database, "--logging.level.root=WARN")) {
            HubSites sites = seeding.bean(HubSites.class);
            List<String> siteIds = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Site site = sites.createSite("Kirjasto " + i, "Kunta " + (i % 19), COORDINATOR);
                siteIds.add(site.id());
                codes.add(sites.newEnrolmentCode(site.id(), COORDINATOR).code());
            }
            EventPlanning planning = seeding.bean(EventPlanning.class);
            long eventId = SignupFixtures.photoDay(planning, seeding.bean(Clock.class), 30, 100_000);
            seeding.bean(SharedEvents.class).offerAt(eventId, siteIds, COORDINATOR);
            event = planning.event(eventId).orElseThrow().publicId();
        }

        int port = freePort();
        Path data = Files.createTempDirectory("hub-sync-bench");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KioskApplication.class.getName(),
                "--spring.profiles.active=hub", "--server.port=" + port, "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--kiosk.data-dir=" + data, "--logging.level.root=WARN", "--spring.main.banner-mode=off")
                .inheritIO().start();
        try {
            HubSyncBench bench = new HubSyncBench(URI.create("http://127.0.0.1:" + port), event);
            bench.waitForHub(server);
            System.out.printf("Hub up: RSS %d MiB at ready (pid %d)%n", rssMiB(server, "VmRSS"), server.pid());
            List<Kiosk> kiosks = new ArrayList<>();
            for (String code : codes) {
                kiosks.add(bench.enrol(code));
            }
            bench.online(kiosks.subList(0, 20), perSecond, seconds, server);
            bench.online(kiosks, perSecond, seconds, server);
            bench.backAfterOutage(kiosks, 100, server);
            try (Connection connection = DriverManager.getConnection(database, "postgres", "postgres");
                 ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM signup")) {
                rows.next();
                System.out.printf("Rows in the hub's signup table: %d (each sent once or more, stored once)%n",
                        rows.getLong(1));
            }
            System.out.printf("Hub RSS at most: %d MiB%n", rssMiB(server, "VmHWM"));
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** One simulated kiosk: its token, its site, the slots it books, and what waits in its outbox. */
    private final class Kiosk {
        final String token;
        final String site;
        final List<String> slots;
        final ConcurrentLinkedQueue<Long> pendingConfirmedAt = new ConcurrentLinkedQueue<>();
        final ReentrantLock pushing = new ReentrantLock();
        final AtomicLong version = new AtomicLong();
        final AtomicLong codes = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));
        long lastTick = System.nanoTime();

        Kiosk(String token, String site, List<String> slots) {
            this.token = token;
            this.site = site;
            this.slots = slots;
        }

        /** Sign-ups confirmed since the last tick, at even times over it, at {@code perSecond} for this kiosk. */
        void confirm(double perSecond) {
            long now = System.nanoTime();
            double due = perSecond * (now - lastTick) / 1e9;
            int count = (int) due + (ThreadLocalRandom.current().nextDouble() < due - (int) due ? 1 : 0);
            for (int i = 0; i < count; i++) {
                pendingConfirmedAt.add(lastTick + (now - lastTick) * (i + 1) / (count + 1));
            }
            lastTick = now;
        }

        /** Pushes everything waiting, as one batch; returns the latencies of what the hub acknowledged. */
        List<Long> push(AtomicLong stored) throws IOException, InterruptedException {
            if (!pushing.tryLock()) {
                return List.of();
            }
            try {
                List<Long> batch = new ArrayList<>();
                for (Long at = pendingConfirmedAt.poll(); at != null && batch.size() < 200; at = pendingConfirmedAt.poll()) {
                    batch.add(at);
                }
                if (batch.isEmpty()) {
                    return List.of();
                }
                StringBuilder body = new StringBuilder("{\"signups\":[");
                for (int i = 0; i < batch.size(); i++) {
                    body.append(i == 0 ? "" : ",").append(record());
                }
                body.append("],\"returned\":{}}");
                HttpResponse<String> answer = post("/api/sync/up", body.toString(), token);
                long acknowledged = System.nanoTime();
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("the hub answered " + answer.statusCode() + ": " + answer.body());
                }
                Matcher matched = STORED.matcher(answer.body());
                stored.addAndGet(matched.find() ? Long.parseLong(matched.group(1)) : 0);
                return batch.stream().map(at -> acknowledged - at).toList();
            } finally {
                pushing.unlock();
            }
        }

        private String record() {
            String now = Instant.now().toString();
            return "{\"publicId\":\"" + UUID.randomUUID() + "\",\"siteId\":\"" + site + "\",\"event\":\"" + event
                    + "\",\"slot\":\"" + slots.get(ThreadLocalRandom.current().nextInt(slots.size()))
                    + "\",\"status\":\"CONFIRMED\",\"referenceCode\":\"" + code(codes.incrementAndGet())
                    + "\",\"firstName\":\"Aino\",\"lastName\":\"Penkkinen\",\"phone\":\"0401234567\","
                    + "\"applicationHelp\":false,\"wheelchair\":false,\"interpreterLanguage\":null,"
                    + "\"companionOf\":null,\"language\":\"fi\",\"promotedAt\":null,\"cancelledAt\":null,"
                    + "\"createdAt\":\"" + now + "\",\"updatedAt\":\"" + now + "\",\"version\":"
                    + version.incrementAndGet() + "}";
        }
    }

    private static String code(long n) {
        String alphabet = "ACDEFGHJKMNPQRTUVWXY2345679";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++, n /= alphabet.length()) {
            code.append(alphabet.charAt((int) (n % alphabet.length())));
        }
        return code.toString();
    }

    /** The given kiosks online for {@code seconds}, confirming {@code perSecond} sign-ups between them. */
    private void online(List<Kiosk> kiosks, int perSecond, int seconds, Process server) throws Exception {
        AtomicLong stored = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean failed = new AtomicBoolean();
        double each = (double) perSecond / kiosks.size();
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);
        ExecutorService pushes = Executors.newVirtualThreadPerTaskExecutor();
        long start = System.nanoTime();
        kiosks.forEach(kiosk -> kiosk.lastTick = start);
        for (Kiosk kiosk : kiosks) {
            long phase = ThreadLocalRandom.current().nextLong(PUSH_INTERVAL.toMillis());
            ticks.scheduleAtFixedRate(() -> {
                kiosk.confirm(each);
                pushes.submit(() -> {
                    try {
                        latencies.addAll(kiosk.push(stored));
                    } catch (Exception e) {
                        if (failed.compareAndSet(false, true)) {
                            System.out.println("A push failed: " + e);
                        }
                    }
                });
            }, phase, PUSH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
        ticks.awaitTermination(seconds, TimeUnit.SECONDS);
        ticks.shutdownNow();
        pushes.shutdown();
        pushes.awaitTermination(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d kiosks online, %d sign-ups/s offered for %d s: %.0f sign-ups/s stored (goal >= 200); "
                        + "confirm -> on the hub p50 %.2f s, p95 %.2f s (goal <= 5 s), max %.2f s; hub RSS %d MiB%n",
                kiosks.size(), perSecond, seconds, stored.get() / elapsed,
                sorted.isEmpty() ? 0 : Percentiles.of(sorted, 50) / 1e9,
                sorted.isEmpty() ? 0 : Percentiles.of(sorted, 95) / 1e9,
                sorted.isEmpty() ? 0 : sorted.getLast() / 1e9, rssMiB(server, "VmRSS"));
    }

    /** Every kiosk back after an outage with {@code backlog} sign-ups each, all pushing at once. */
    private void backAfterOutage(List<Kiosk> kiosks, int backlog, Process server) throws Exception {
        long confirmed = System.nanoTime();
        kiosks.forEach(kiosk -> {
            for (int i = 0; i < backlog; i++) {
                kiosk.pendingConfirmedAt.add(confirmed);
            }
        });
        AtomicLong stored = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService pushes = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Kiosk kiosk : kiosks) {
                pushes.submit(() -> {
                    while (!kiosk.pendingConfirmedAt.isEmpty()) {
                        kiosk.push(stored);
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d kiosks back after an outage with %d sign-ups each: %d stored in %.1f s, %.0f sign-ups/s; "
                + "hub RSS %d MiB%n", kiosks.size(), backlog, stored.get(), elapsed, stored.get() / elapsed,
                rssMiB(server, "VmRSS"));
    }

    private Kiosk enrol(String code) throws IOException, InterruptedException {
        HttpResponse<String> enrolled = post("/api/sync/enrol", "{\"code\":\"" + code + "\",\"appVersion\":\"bench\"}",
                null);
        Matcher token = TOKEN.matcher(enrolled.body());
        Matcher site = SITE.matcher(enrolled.body());
        if (enrolled.statusCode() != 200 || !token.find() || !site.find()) {
            throw new IllegalStateException("enrolment failed: " + enrolled.statusCode() + " " + enrolled.body());
        }
        HttpResponse<String> down = post("/api/sync/down", "{\"since\":0}", token.group(1));
        Matcher slots = SLOT.matcher(down.body());
        List<String> slotIds = new ArrayList<>();
        if (slots.find()) {
            Matcher id = PUBLIC_ID.matcher(slots.group(1));
            while (id.find()) {
                slotIds.add(id.group(1));
            }
        }
        if (slotIds.isEmpty()) {
            throw new IllegalStateException("no slots came down: " + down.body());
        }
        return new Kiosk(token.group(1), site.group(1), slotIds);
    }

    private HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void waitForHub(Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                if (post("/api/sync/hello", "{}", null).statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            server.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("the hub did not start");
    }

    private static long rssMiB(Process process, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
