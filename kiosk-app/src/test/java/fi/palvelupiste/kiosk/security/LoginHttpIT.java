package fi.palvelupiste.kiosk.security;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Log-in over real HTTP: the first admin, the lock-out after five wrong passwords. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kiosk.security.initial-admin-password=Aloitus-salasana-1")
@ActiveProfiles("test")
class LoginHttpIT {

    static final String PASSWORD = "Aloitus-salasana-1";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return MutableClock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Helsinki"));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffAccounts accounts;

    @Test
    void the_first_admin_logs_in_with_the_configured_one_time_password_and_must_change_it() throws Exception {
        HttpResponse<String> response = login("admin", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/staff");
        assertThat(accounts.mustChangePassword("admin")).isTrue();
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_five_minutes() throws Exception {
        accounts.create("lukko", "Lukko Testi", java.util.Set.of(Role.STAFF));
        String oneTime = accounts.resetPassword("lukko", Actor.staff("admin"));
        for (int attempt = 0; attempt < StaffAccounts.LOCK_AFTER_FAILURES; attempt++) {
            assertThat(location(login("lukko", "wrong-" + attempt))).contains("/login?error");
        }

        assertThat(location(login("lukko", oneTime))).as("right password while locked").contains("/login?error");

        clock.advance(StaffAccounts.LOCK_FOR.plusSeconds(1));
        assertThat(location(login("lukko", oneTime))).endsWith("/staff");
    }

    private HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }
}
