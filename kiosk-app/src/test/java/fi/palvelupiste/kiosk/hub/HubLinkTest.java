package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.TestHub;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.site.HubLink;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A kiosk (this test's context, on H2) and a hub (a server of its own, on PostgreSQL), linked over HTTP. */
@KioskTest
class HubLinkTest {

    static final Actor ADMIN = Actor.staff("admin-test");
    static final Actor COORDINATOR = Actor.staff("koordinaattori");
    static TestHub hub;

    @Autowired
    HubConnection connection;
    @Autowired
    SiteIdentity site;

    @BeforeAll
    static void startHub() {
        hub = TestHub.start();
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @AfterEach
    void standAloneAgain() {
        site.unlink(ADMIN);
    }

    String newCode(String siteName) {
        HubSites sites = hub.bean(HubSites.class);
        Site created = sites.createSite(siteName, "Kuopio", COORDINATOR);
        return sites.newEnrolmentCode(created.id(), COORDINATOR).code();
    }

    @Test
    void a_kiosk_links_with_a_code_and_then_names_its_records_with_the_hubs_site_id() {
        assertThat(site.siteId()).isEqualTo("local");
        String code = newCode("Kuopion pääkirjasto");

        HubLink link = connection.link(hub.url().toString() + "/", code, ADMIN);

        assertThat(link.siteName()).isEqualTo("Kuopion pääkirjasto");
        assertThat(link.hubUrl()).isEqualTo(hub.url());
        assertThat(site.siteId()).isEqualTo(link.siteId()).isNotEqualTo("local");
        assertThat(connection.contact()).as(() -> "problem: " + site.hubLink().orElseThrow().lastProblem()).isTrue();
        Device device = hub.bean(HubSites.class).devices().stream()
                .filter(d -> d.siteId().equals(link.siteId())).findFirst().orElseThrow();
        assertThat(device.appVersion()).isNotBlank();
        assertThat(device.clockOffsetMillis()).isNotNull();
        assertThat(device.printerState()).as("the test kiosk's virtual printer").isEqualTo("READY");
        assertThat(device.peopleWaiting()).isNotNull().isNotNegative();

        site.unlink(ADMIN);
        assertThat(site.siteId()).isEqualTo("local");
    }

    @Test
    void a_wrong_or_used_code_a_plain_http_address_and_a_silent_hub_are_told_apart_and_change_nothing() {
        assertThatThrownBy(() -> connection.link(hub.url().toString(), "AAAA-BBBB-CCCC", ADMIN))
                .hasMessage("hub.link.error.code");
        String code = newCode("Siilinjärven kirjasto");
        connection.link(hub.url().toString(), code, ADMIN);
        site.unlink(ADMIN);
        assertThatThrownBy(() -> connection.link(hub.url().toString(), code, ADMIN)).hasMessage("hub.link.error.code");
        assertThatThrownBy(() -> connection.link("http://hub.example.fi", code, ADMIN))
                .hasMessage("hub.link.error.https");
        assertThatThrownBy(() -> connection.link("not an address", code, ADMIN)).hasMessage("hub.link.error.address");
        assertThatThrownBy(() -> connection.link("http://127.0.0.1:" + freePort(), code, ADMIN))
                .hasMessage("hub.link.error.unreachable");
        assertThat(site.hubLink()).isEmpty();
    }

    @Test
    void a_rotated_token_reaches_the_kiosk_and_a_revoked_one_is_refused() {
        HubLink link = connection.link(hub.url().toString(), newCode("Maaningan kirjasto"), ADMIN);
        HubSites sites = hub.bean(HubSites.class);
        Device device = sites.devices().stream().filter(d -> d.siteId().equals(link.siteId())).findFirst()
                .orElseThrow();

        sites.rotate(device.id(), COORDINATOR);
        assertThat(connection.contact()).isTrue();
        String rotated = site.hubLink().orElseThrow().deviceToken();
        assertThat(rotated).isNotEqualTo(link.deviceToken());
        assertThat(connection.contact()).as("the new token works").isTrue();
        assertThat(sites.authenticate(link.deviceToken())).as("the old one no longer").isEmpty();

        sites.revoke(device.id(), COORDINATOR);
        assertThat(connection.contact()).isFalse();
        HubLink refused = site.hubLink().orElseThrow();
        assertThat(refused.refused()).isTrue();
        assertThat(refused.lastProblem()).isEqualTo("answer 401");
        assertThat(connection.contact()).as("a refused kiosk stops calling").isFalse();
    }

    @Test
    void the_sync_api_refuses_a_missing_token_a_bad_body_and_an_oversized_one() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(post(client, "/api/sync/hello", "{}", null).statusCode()).isEqualTo(401);
        assertThat(post(client, "/api/sync/hello", "{}", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(post(client, "/api/sync/enrol", "{\"code\": [1, 2", null).statusCode()).isEqualTo(400);
        assertThat(post(client, "/api/sync/enrol", "{\"code\": \"" + "A".repeat(2_000_000) + "\"}", null)
                .statusCode()).isEqualTo(413);
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(hub.url().resolve("/api/sync/hello")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
    }

    private HttpResponse<String> post(HttpClient client, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.url().resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
