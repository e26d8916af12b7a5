package fi.palvelupiste.kiosk.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's own touchscreen browser (here: this machine's loopback address) can never log in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kiosk.security.initial-admin-password=" + LoginHttpIT.PASSWORD,
        "kiosk.security.kiosk-addresses=127.0.0.1,::1"})
@ActiveProfiles("test")
class KioskDeviceLoginIT {

    @LocalServerPort
    int port;

    @Test
    void the_right_password_from_the_kiosk_screen_does_not_log_in() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + LoginHttpIT.PASSWORD))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(LoginHttpIT.location(response)).endsWith("/login").doesNotContain("staff");
    }
}
