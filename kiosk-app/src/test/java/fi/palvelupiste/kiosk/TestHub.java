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

    private TestHub(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param arguments more settings, as on the command line: {@code --kiosk.hub.public-url=...} */
    public static TestHub start(String... arguments) {
        List<String> settings = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + TestPostgres.newDatabase(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--kiosk.data-dir=target/test-data/hub-" + UUID.randomUUID()));
        settings.addAll(List.of(arguments));
        return new TestHub(new SpringApplicationBuilder(KioskApplication.class)
                .profiles("test", HubOnly.PROFILE).run(settings.toArray(String[]::new)));
    }

    /** The hub's address, as a kiosk's admin would type it: http on loopback. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
