package fi.palvelupiste.kiosk;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * One more kiosk inside a test: the whole application with profile {@code test} (its own in-memory H2 and data
 * directory, its own movable clock, {@link TestClock}) on a free port, for tests with several kiosks and a hub
 * ({@link TestHub}).
 */
public final class TestKiosk implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private TestKiosk(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param arguments more settings, as on the command line */
    public static TestKiosk start(String... arguments) {
        List<String> settings = new ArrayList<>(List.of("--server.port=0"));
        settings.addAll(List.of(arguments));
        return new TestKiosk(new SpringApplicationBuilder(KioskApplication.class).profiles("test")
                .initializers(context -> ((GenericApplicationContext) context).registerBean(MutableClock.class,
                        TestClock::movable, clock -> clock.setPrimary(true)))
                .run(settings.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
