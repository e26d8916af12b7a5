package fi.palvelupiste.kiosk.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every HTTP response says about itself: security headers, the session cookie, errors, the actuator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebHardeningIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void pages_carry_the_content_security_policy_and_stay_out_of_frames() throws Exception {
        for (String path : List.of("/", "/login", "/display")) {
            HttpResponse<String> page = get(path, false);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(header(page, "Content-Security-Policy")).as(path)
                    .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                    .contains("frame-ancestors 'none'", "object-src 'none'");
            assertThat(header(page, "X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(header(page, "Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(header(page, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void hsts_is_sent_only_when_the_request_came_over_https_through_the_local_proxy() throws Exception {
        assertThat(get("/", false).headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> overTls = get("/", true);
        assertThat(header(overTls, "Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void the_session_cookie_is_http_only_same_site_and_secure_over_https() throws Exception {
        String plain = sessionCookie(get("/", false));
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        assertThat(sessionCookie(get("/", true))).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    @Test
    void the_actuator_shows_only_the_health_status_to_a_visitor() throws Exception {
        HttpResponse<String> health = get("/actuator/health", false);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
        assertThat(get("/actuator/health/liveness", false).statusCode()).isEqualTo(200);

        for (String endpoint : List.of("", "/env", "/beans", "/configprops", "/mappings", "/metrics", "/loggers",
                "/heapdump", "/threaddump", "/info", "/env/spring.datasource.url", "/shutdown")) {
            HttpResponse<String> response = get("/actuator" + endpoint, false);
            assertThat(response.statusCode()).as("/actuator" + endpoint).isIn(302, 401, 403, 404);
            assertThat(response.body()).as("/actuator" + endpoint)
                    .doesNotContain("propertySources", "jdbc:", "\"beans\"", "\"_links\"");
        }
    }

    @Test
    void an_error_from_the_server_itself_shows_no_stack_trace_or_server_version() throws Exception {
        // a request Tomcat refuses before the application sees it: its own error page answers
        String response = raw("GET /a%zzb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).doesNotContain("Tomcat", "Exception", "\tat ", ".java:");
    }

    private HttpResponse<String> get(String path, boolean overTls) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (overTls) {
            // what the reverse proxy in front of the kiosk adds for a browser that came over HTTPS
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "192.0.2.10");
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(no " + name + ")");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("(no session cookie)");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
