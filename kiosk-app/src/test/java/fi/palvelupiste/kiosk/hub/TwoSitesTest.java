package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.TcpPartition;
import fi.palvelupiste.kiosk.TestHub;
import fi.palvelupiste.kiosk.TestKiosk;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A hub (on PostgreSQL) and two kiosks (each on its own H2), Tervo and Vesanto, each a server of its own and
 * linked to the hub through a network a test can cut ({@link TcpPartition}); the networks are whole again after
 * each test. A test class starts them once, in its own {@code @BeforeAll}, with {@link #startSites}.
 */
abstract class TwoSitesTest {

    static final Actor COORDINATOR = Actor.staff("koordinaattori");
    static final Actor ADMIN = Actor.staff("admin");

    static TestHub hub;
    static TestKiosk tervo;
    static TestKiosk vesanto;
    static TcpPartition toTervo;
    static TcpPartition toVesanto;

    /** @param hubArguments the hub's settings, as on the command line */
    static void startSites(String... hubArguments) {
        hub = TestHub.start(hubArguments);
        warmUp();
        // a cut network fails at once (TcpPartition closes the connections): the timeout only bounds a slow hub, which
        // on a loaded machine (other builds on two cores) can take longer than the 5 s a kiosk has by default
        tervo = TestKiosk.start("--kiosk.hub.timeout=15s");
        vesanto = TestKiosk.start("--kiosk.hub.timeout=15s");
        toTervo = new TcpPartition(hub.port());
        toVesanto = new TcpPartition(hub.port());
        link(tervo, toTervo, "Tervon kirjasto", "Tervo");
        link(vesanto, toVesanto, "Vesannon kylätalo", "Vesanto");
    }

    /**
     * The hub's first answer after its start (the sync API's chain, JSON) can take longer than a kiosk's timeout on a
     * loaded machine: one refused enrolment first, with time to answer.
     */
    private static void warmUp() {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(hub.url().resolve("/api/sync/enrol"))
                    .header("Content-Type", "application/json").timeout(Duration.ofMinutes(1))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\": \"WARM-UP\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void healed() {
        toTervo.heal();
        toVesanto.heal();
    }

    @AfterAll
    static void stop() {
        toTervo.close();
        toVesanto.close();
        tervo.close();
        vesanto.close();
        hub.close();
    }

    /** A new site on the hub, and the kiosk enrolled as it through the network. */
    static void link(TestKiosk kiosk, TcpPartition network, String name, String municipality) {
        HubSites sites = hub.bean(HubSites.class);
        Site site = sites.createSite(name, municipality, COORDINATOR);
        kiosk.bean(HubConnection.class).link(network.url().toString(),
                sites.newEnrolmentCode(site.id(), COORDINATOR).code(), ADMIN);
    }

    static String siteOf(TestKiosk kiosk) {
        return kiosk.bean(SiteIdentity.class).siteId();
    }

    static boolean contact(TestKiosk kiosk) {
        return kiosk.bean(HubConnection.class).contact();
    }
}
