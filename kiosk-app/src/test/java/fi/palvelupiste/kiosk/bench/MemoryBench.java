package fi.palvelupiste.kiosk.bench;

import fi.palvelupiste.kiosk.e2e.Chromium;
import fi.palvelupiste.kiosk.e2e.KioskProcess;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.WebDriver;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test: does the kiosk's memory grow with its use? The production jar runs with the JVM options of
 * palvelupiste.service (-Xmx256m, serial GC, heap and native memory given back); several headless Chromium
 * sessions take tickets and sign residents up through the screens, each staying on its page as the kiosk's own
 * browser does; after the first 100 tickets (and 10 sign-ups), halfway and after all of them, a full GC is asked
 * for (jcmd GC.run) and the heap in use after it and the JVM's resident memory
 * are read. Prints the points, the growth from the first to the last and its goal (within 10 %), the growth in each
 * half (memory that grows with every ticket grows in both; warm-up only in the first), and the classes whose live
 * instances grew most between them (jcmd GC.class_histogram), which names what a growth is made of. The JVM runs
 * with native memory tracking, so the resident memory's growth is broken down too: what the JVM has committed for
 * the heap, classes, compiled code, threads, the GC, symbols and so on (jcmd VM.native_memory summary), and what of
 * the resident memory the JVM does not account for (the C library's allocator, mapped jars and archive).
 * Run with bench/memory [TICKETS] [SIGNUPS] [SESSIONS].
 */
public final class MemoryBench {

    /** A heap line of jcmd GC.heap_info: "DefNew total 78656K, used 917K", "Tenured ...", "garbage-first heap ...". */
    private static final Pattern USED = Pattern.compile("(?m)^\\s*[A-Za-z][\\w -]*?\\s+total \\d+K, used (\\d+)K");
    /** A line of jcmd GC.class_histogram: "   1:   12345   1234567  [B (java.base@25)". */
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final int GROWERS_SHOWN = 15;
    /** A category of jcmd VM.native_memory summary: "-                 Java Heap (reserved=262144KB, committed=65536KB)". */
    private static final Pattern NATIVE_CATEGORY =
            Pattern.compile("(?m)^-\\s+(\\S[^(]*?) \\(reserved=\\d+KB, committed=(\\d+)KB");
    /** Native-memory categories whose committed size changed less than this between the two points are not shown. */
    private static final long NATIVE_SHOWN_KIB = 512;

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int signups = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path jar = Path.of(args.length > 3 ? args[3] : "kiosk-app/target/palvelupiste-kiosk.jar").toAbsolutePath();
        Path data = Files.createTempDirectory("memory-bench");
        try {
            try (KioskProcess kiosk = new KioskProcess(jar, data, List.of("-XX:NativeMemoryTracking=summary"),
                    List.of("--kiosk.idle.timeout=600s"))) {
                start(kiosk);
                kiosk.kill();
                BenchDatabase.Room room = BenchDatabase.makeRoom(data);
                start(kiosk);
                Point ready = Point.read(kiosk, "at ready", 0, 0);
                List<WebDriver> browsers = new ArrayList<>();
                try {
                    for (int i = 0; i < sessions; i++) {
                        WebDriver browser = Chromium.start(800, 480);
                        Chromium.panel(browser, 800, 480);
                        browsers.add(browser);
                    }
                    Load load = new Load(browsers, kiosk, room);
                    load.until(Math.min(100, tickets), Math.min(10, signups));
                    Point early = Point.read(kiosk, "after the first", load.tickets.get(), load.signups.get());
                    Map<String, Live> earlyClasses = histogram(kiosk.pid());
                    load.until(Math.max(early.tickets(), tickets / 2), Math.max(early.signups(), signups / 2));
                    Point half = Point.read(kiosk, "halfway", load.tickets.get(), load.signups.get());
                    load.until(tickets, signups);
                    Point late = Point.read(kiosk, "after all", load.tickets.get(), load.signups.get());
                    report(sessions, ready, early, half, late);
                    reportNative(early, late);
                    reportGrowers(earlyClasses, histogram(kiosk.pid()));
                } finally {
                    browsers.forEach(WebDriver::quit);
                }
            }
        } finally {
            FileSystemUtils.deleteRecursively(data); // the kiosk's database and printer output of this run
        }
    }

    private static void start(KioskProcess kiosk) throws IOException, InterruptedException {
        if (!kiosk.start(Duration.ofMinutes(3))) {
            throw new IllegalStateException("the kiosk did not start; see " + kiosk.log());
        }
    }

    /** The browser sessions, each on its own thread, taking tickets and signing up until the totals are reached. */
    private static final class Load {
        final AtomicInteger tickets = new AtomicInteger();
        final AtomicInteger signups = new AtomicInteger();
        private final List<ResidentMoves> residents = new ArrayList<>();
        private final BenchDatabase.Room room;

        Load(List<WebDriver> browsers, KioskProcess kiosk, BenchDatabase.Room room) {
            this.room = room;
            for (WebDriver browser : browsers) {
                ResidentMoves moves = new ResidentMoves(browser, kiosk.url("/"));
                moves.openStart();
                residents.add(moves);
            }
        }

        void until(int ticketTotal, int signupTotal) throws InterruptedException {
            List<Thread> threads = new ArrayList<>();
            for (ResidentMoves moves : residents) {
                threads.add(Thread.ofPlatform().start(() -> {
                    while (true) {
                        // one sign-up for every ten tickets, so both totals are reached at about the same time
                        boolean signUp = signups.get() < signupTotal
                                && signups.get() * ticketTotal <= tickets.get() * (long) signupTotal;
                        if (signUp && signups.getAndIncrement() < signupTotal) {
                            moves.signup(room.photoDayId(), 1 + signups.get());
                            moves.signupDone();
                        } else if (tickets.getAndIncrement() < ticketTotal) {
                            moves.ticket();
                            moves.ticketDone();
                        } else {
                            tickets.decrementAndGet();
                            return;
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            signups.set(Math.min(signups.get(), signupTotal));
        }
    }

    /** Heap in use after a full GC, resident memory and the JVM's own committed memory by category, at one moment. */
    private record Point(String when, int tickets, int signups, long heapKib, long residentKib,
                         Map<String, Long> nativeKib) {

        static Point read(KioskProcess kiosk, String when, int tickets, int signups)
                throws IOException, InterruptedException {
            jcmd(kiosk.pid(), "GC.run");
            String heap = jcmd(kiosk.pid(), "GC.heap_info");
            long used = 0;
            Matcher matcher = USED.matcher(heap);
            while (matcher.find()) {
                used += Long.parseLong(matcher.group(1));
            }
            if (used == 0) {
                throw new IllegalStateException("no heap figures in: " + heap);
            }
            Map<String, Long> nativeKib = new LinkedHashMap<>();
            Matcher category = NATIVE_CATEGORY.matcher(jcmd(kiosk.pid(), "VM.native_memory summary"));
            while (category.find()) {
                nativeKib.put(category.group(1).trim(), Long.parseLong(category.group(2)));
            }
            return new Point(when, tickets, signups, used, kiosk.residentKib(), nativeKib);
        }

        long nativeTotalKib() {
            return nativeKib.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Live instances and bytes of one class, from a class histogram (which collects the heap first). */
    private record Live(long instances, long bytes) {
    }

    private static Map<String, Live> histogram(long pid) throws IOException, InterruptedException {
        Map<String, Live> classes = new HashMap<>();
        Matcher matcher = HISTOGRAM_LINE.matcher(jcmd(pid, "GC.class_histogram"));
        while (matcher.find()) {
            classes.merge(matcher.group(3), new Live(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))),
                    (a, b) -> new Live(a.instances() + b.instances(), a.bytes() + b.bytes()));
        }
        return classes;
    }

    private static void reportGrowers(Map<String, Live> early, Map<String, Live> late) {
        System.out.printf("live objects that grew most between the two points (class histograms):%n");
        System.out.printf("%14s %14s  %s%n", "bytes", "instances", "class");
        late.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), grownBy(early.get(entry.getKey()), entry.getValue())))
                .sorted(Comparator.comparingLong((Map.Entry<String, Live> entry) -> entry.getValue().bytes()).reversed())
                .limit(GROWERS_SHOWN)
                .forEach(entry -> System.out.printf("%+14d %+14d  %s%n", entry.getValue().bytes(),
                        entry.getValue().instances(), entry.getKey()));
    }

    private static Live grownBy(@Nullable Live before, Live after) {
        return before == null ? after : new Live(after.instances() - before.instances(), after.bytes() - before.bytes());
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    private static void report(int sessions, Point ready, Point early, Point half, Point late) {
        System.out.printf("memory: the production jar with palvelupiste.service's JVM options (-Xmx256m, serial GC,"
                + " heap and native memory given back), %d browser sessions%n", sessions);
        System.out.printf("%-16s %8s %9s %16s %9s%n", "when", "tickets", "sign-ups", "heap after GC", "RSS");
        for (Point point : List.of(ready, early, half, late)) {
            System.out.printf("%-16s %8d %9d %12.1f MiB %5.0f MiB%n", point.when(), point.tickets(), point.signups(),
                    point.heapKib() / 1024.0, point.residentKib() / 1024.0);
        }
        System.out.printf("growth from the first %d tickets to all %d: heap after GC %+.1f %%, RSS %+.1f %% "
                        + "(goal: both within 10 %%)%n", early.tickets(), late.tickets(),
                percent(early.heapKib(), late.heapKib()), percent(early.residentKib(), late.residentKib()));
        // memory that grows with each ticket grows as much in the second half as in the first; warm-up does not
        System.out.printf("of which from ticket %d to %d: heap after GC %+.1f %%, RSS %+.1f %%; from %d to %d: heap "
                        + "%+.1f %%, RSS %+.1f %%%n", early.tickets(), half.tickets(),
                percent(early.heapKib(), half.heapKib()), percent(early.residentKib(), half.residentKib()),
                half.tickets(), late.tickets(), percent(half.heapKib(), late.heapKib()),
                percent(half.residentKib(), late.residentKib()));
    }

    /** Where the resident memory's growth went: the JVM's categories that changed, and the rest of the RSS. */
    private static void reportNative(Point early, Point late) {
        System.out.printf("the JVM's committed memory (native memory tracking) at the two points:%n");
        System.out.printf("%-24s %10s %10s %10s%n", "category", "first", "all", "change");
        for (Map.Entry<String, Long> category : late.nativeKib().entrySet()) {
            long before = early.nativeKib().getOrDefault(category.getKey(), 0L);
            if (Math.abs(category.getValue() - before) >= NATIVE_SHOWN_KIB) {
                printNativeRow(category.getKey(), before, category.getValue());
            }
        }
        printNativeRow("all the JVM's", early.nativeTotalKib(), late.nativeTotalKib());
        printNativeRow("RSS less all committed", early.residentKib() - early.nativeTotalKib(),
                late.residentKib() - late.nativeTotalKib());
    }

    private static void printNativeRow(String what, long beforeKib, long afterKib) {
        System.out.printf("%-24s %6.1f MiB %6.1f MiB %+6.1f MiB%n", what, beforeKib / 1024.0, afterKib / 1024.0,
                (afterKib - beforeKib) / 1024.0);
    }

    private static double percent(long from, long to) {
        return 100.0 * (to - from) / from;
    }
}
