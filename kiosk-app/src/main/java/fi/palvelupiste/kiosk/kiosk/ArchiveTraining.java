package fi.palvelupiste.kiosk.kiosk;

import fi.palvelupiste.kiosk.KioskOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training run of the start-up archive (provisioning's {@code palvelupiste-archive}, its README "10a"): started
 * with {@code kiosk.archive-training=true}, the kiosk, once ready, does what its browser does after a power cut —
 * loads the start page, the page's scripts and styles, and the first render of the resident screens — and then
 * exits, so that the JVM's archive also holds the classes and profiles of serving those, not only of the start.
 */
@KioskOnly
@Component
class ArchiveTraining {

    static final String PROPERTY = "kiosk.archive-training";
    /** The resident screens whose first render the training asks for: those a resident reaches from the start. */
    static final List<String> SCREENS = List.of("", "signup", "forms", "ride", "photo-day/check-in", "display");

    private static final Logger log = LoggerFactory.getLogger(ArchiveTraining.class);
    /** The page's own files, as index.html names them: {@code src="VAADIN/build/indexhtml-….js"}. */
    private static final Pattern PAGE_FILE = Pattern.compile("(?:src|href)=\"\\.?/?(VAADIN/[^\"]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final ConfigurableApplicationContext context;
    private final Environment environment;
    private final IntConsumer exit;

    @Autowired
    ArchiveTraining(ConfigurableApplicationContext context, Environment environment) {
        this(context, environment, System::exit);
    }

    ArchiveTraining(ConfigurableApplicationContext context, Environment environment, IntConsumer exit) {
        this.context = context;
        this.environment = environment;
        this.exit = exit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void trainThenExit() {
        if (!environment.getProperty(PROPERTY, Boolean.class, false)) {
            return;
        }
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        try {
            List<Visit> visits = visit(URI.create("http://127.0.0.1:" + port + "/"));
            log.warn("Archive training: {} requests served, {} not with 200", visits.size(),
                    visits.stream().filter(visit -> visit.status() != 200).count());
        } catch (IOException e) {
            // the archive is still worth having with the start's classes alone
            log.warn("Archive training: the kiosk's own pages did not answer ({}); the archive holds the start only",
                    e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exit.accept(SpringApplication.exit(context));
    }

    /** One request of the training and the status it got. */
    record Visit(String path, int status) {
    }

    /** Loads the start page at {@code root}, its files and each of {@link #SCREENS} as one browser session would. */
    List<Visit> visit(URI root) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(REQUEST_TIMEOUT).build()) {
            List<Visit> visits = new ArrayList<>();
            HttpResponse<String> page = get(client, root);
            visits.add(new Visit("/", page.statusCode()));
            Set<String> files = new LinkedHashSet<>();
            Matcher matcher = PAGE_FILE.matcher(page.body());
            while (matcher.find()) {
                files.add(matcher.group(1));
            }
            for (String file : files) {
                visits.add(new Visit("/" + file, get(client, root.resolve(file)).statusCode()));
            }
            for (String screen : SCREENS) {
                // the request the page's script makes for a screen's first render (Vaadin's v-r=init)
                String init = "?v-r=init&location=" + URLEncoder.encode(screen, StandardCharsets.UTF_8) + "&query=";
                visits.add(new Visit("/" + screen, get(client, root.resolve(init)).statusCode()));
            }
            return visits;
        }
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
