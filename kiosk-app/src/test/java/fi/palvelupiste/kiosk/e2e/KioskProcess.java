package fi.palvelupiste.kiosk.e2e;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The kiosk's production jar in a JVM of its own, as the Pi runs it (the systemd unit's JVM options), on a data
 * directory and a free port: started, waited for until its health check says UP, and killed the way a power cut
 * kills it. Its output goes to {@code <data>/app.log}. For the tests and benchmarks that need the real artefact.
 */
public final class KioskProcess implements AutoCloseable {

    /** The jar {@code ./mvnw package} builds, relative to the kiosk-app module. */
    public static final Path JAR = Path.of("target", "palvelupiste-kiosk.jar");

    /** The Debian package's unit, relative to the repository; its JVM options are the ones every start here uses. */
    private static final Path UNIT = Path.of("provisioning", "files", "systemd", "palvelupiste.service");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jar;
    private final Path data;
    private final int port;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private Process process;

    /**
     * @param jvmOptions added to the unit's JVM options (before {@code -jar})
     * @param arguments  application settings added to the port and data directory ({@code --kiosk.x=y})
     */
    public KioskProcess(Path jar, Path data, List<String> jvmOptions, List<String> arguments) throws IOException {
        this.jar = jar;
        this.data = data;
        this.port = freePort();
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = List.copyOf(arguments);
    }

    public int port() {
        return port;
    }

    public Path data() {
        return data;
    }

    public Path log() {
        return data.resolve("app.log");
    }

    public long pid() {
        return process.pid();
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Starts the JVM and waits until the health check answers UP; false if it did not within the limit. */
    public boolean start(Duration limit) throws IOException {
        Files.createDirectories(data);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(serviceJvmOptions());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--kiosk.data-dir=" + data,
                "--kiosk.backup.enabled=false", "--logging.level.root=WARN", "--logging.level.fi.palvelupiste=INFO",
                "--spring.main.banner-mode=off"));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(200))
                    .until(() -> !process.isAlive() || healthy(health));
        } catch (ConditionTimeoutException e) {
            return false;
        }
        return process.isAlive();
    }

    /**
     * palvelupiste.service's JVM options (heap, collector, memory given back), read from the unit so that the tests
     * and benchmarks cannot drift from it: what stands between {@code palvelupiste-start} and {@code -jar} in its
     * ExecStart, without the temp directory, a path on the Pi. The unit is looked for from the working directory up
     * (the repository when a bench runs, kiosk-app when Maven runs a test).
     */
    static List<String> serviceJvmOptions() throws IOException {
        Path start = Path.of("").toAbsolutePath();
        Path root = start;
        while (root != null && !Files.isRegularFile(root.resolve(UNIT))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IOException("no " + UNIT + " in " + start + " or above it");
        }
        String execStart = Files.readString(root.resolve(UNIT)).replace("\\\n", " ").lines()
                .filter(line -> line.startsWith("ExecStart=")).findFirst()
                .orElseThrow(() -> new IOException("no ExecStart= in " + UNIT));
        List<String> words = List.of(execStart.strip().split("\\s+"));
        int jarAt = words.indexOf("-jar");
        if (jarAt < 1) {
            throw new IOException("no -jar in " + UNIT + "'s ExecStart=");
        }
        return words.subList(1, jarAt).stream().filter(word -> !word.startsWith("-Djava.io.tmpdir=")).toList();
    }

    private static boolean healthy(HttpRequest health) throws InterruptedException {
        try {
            HttpResponse<String> answer = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("UP");
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /** The JVM's resident memory now, in KiB, from /proc. */
    public long residentKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmRSS for " + pid());
    }

    /** SIGKILL: what a power cut does to the JVM. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
