package fi.palvelupiste.kiosk;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring Boot test of the hub (profile {@code hub}) on a real PostgreSQL database of its own
 * ({@link TestPostgres}), with a movable clock. All such tests share one context, as {@link KioskTest}s do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "hub"})
@ContextConfiguration(initializers = TestPostgres.Initializer.class)
@Import(TestClock.class)
public @interface HubTest {
}
