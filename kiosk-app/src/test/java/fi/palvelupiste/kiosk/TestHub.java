package fi.palvelupiste.kiosk;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A hub that runs as a server of its own inside a kiosk test: the whole application with profile {@code hub} on a
 * free port, on a new database of the test PostgreSQL ({@link TestPostgres}), beside the test's kiosk context.
 * (Its Vaadin puts its own security context strategy into the JVM-wide holder: {@link OwnSecurityStrategy}.)
 */
public final class TestHub implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String database;
    private final List<String> arguments;

    private TestHub(ConfigurableApplicationContext context, String database, List<String> arguments) {
        this.context = context;
        this.database = database;
        this.arguments = arguments;
    }

    /** @param arguments more settings, as on the command line: {@code --kiosk.hub.public-url=...} */
    public static TestHub start(String... arguments) {
        return start(TestPostgres.newDatabase(), 0, List.of(arguments));
    }

    /** A hub on a database made earlier (by {@link TestPostgres#newDatabase()}), on a free port. */
    public static TestHub on(String database, String... arguments) {
        return start(database, 0, List.of(arguments));
    }

    private static TestHub start(String database, int port, List<String> arguments) {
        List<String> settings = new ArrayList<>(List.of("--server.port=" + port,
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--kiosk.data-dir=target/test-data/hub-" + UUID.randomUUID()));
        settings.addAll(arguments);
        return new TestHub(new SpringApplicationBuilder(KioskApplication.class)
                .profiles("test", HubOnly.PROFILE).run(settings.toArray(String[]::new)), database, arguments);
    }

    /** The same hub back after an outage: on its database and its address, as a server that was restarted. */
    public TestHub startAgain(int port) {
        return start(database, port, arguments);
    }

    public int port() {
        return url().getPort();
    }

    /** The hub's address, as a kiosk's admin would type it: http on loopback. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /**
     * A coordinator on this hub who works for the given municipalities (areas: whose sign-ups' personal data they
     * read); made on first use.
     */
    public fi.palvelupiste.kiosk.audit.Actor coordinator(String username, String... municipalities) {
        fi.palvelupiste.kiosk.security.StaffAccounts accounts = bean(fi.palvelupiste.kiosk.security.StaffAccounts.class);
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, "Koordinaattori " + username,
                    java.util.EnumSet.of(fi.palvelupiste.kiosk.security.Role.COORDINATOR));
        }
        fi.palvelupiste.kiosk.audit.Actor admin = fi.palvelupiste.kiosk.audit.Actor.staff("admin");
        bean(fi.palvelupiste.kiosk.hub.HubAreas.class).setAreas(username, java.util.List.of(municipalities), admin);
        return fi.palvelupiste.kiosk.audit.Actor.staff(username);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
