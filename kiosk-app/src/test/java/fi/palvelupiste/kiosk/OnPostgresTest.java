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
 * The whole kiosk, printer included, on a real PostgreSQL database of its own ({@link TestPostgres}) instead of H2:
 * a subclass of a {@link KioskTest} class annotated with this runs every test of it again there, so that each SQL
 * statement of the services is known to work on both databases (the hub runs the same services on PostgreSQL).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestPostgres.Initializer.class)
@Import(TestClock.class)
public @interface OnPostgresTest {
}
