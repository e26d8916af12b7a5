package fi.palvelupiste.kiosk;

import fi.palvelupiste.kiosk.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContextManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The kiosk's Spring context for jqwik properties, which JUnit's Spring extension does not reach. A property class
 * annotated {@link KioskTest} gets its {@code @Autowired} fields from the same cached context as every other
 * {@code @KioskTest} class ({@link #autowire}), and runs each try in a transaction that is rolled back
 * ({@link #rolledBack}): thousands of generated sign-ups, events and slips leave nothing behind for the other tests,
 * and no slip of a try ever reaches the print worker (it is woken only after a commit).
 */
public final class SpringProperties {

    private SpringProperties() {
    }

    /** Fills the test instance's {@code @Autowired} fields; browserless tests also get their Vaadin lookup. */
    public static ApplicationContext autowire(Object testInstance) {
        TestContextManager manager = new TestContextManager(testInstance.getClass());
        try {
            manager.prepareTestInstance(testInstance);
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare " + testInstance.getClass().getSimpleName(), e);
        }
        return manager.getTestContext().getApplicationContext();
    }

    /** Runs the body in a transaction of its own that is always rolled back, and returns what it returned. */
    public static <T> T rolledBack(ApplicationContext context, Supplier<T> body) {
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return body.get();
        });
    }

    /** Runs the body in a transaction of its own that is committed: for fixtures that the tries share. */
    public static <T> T committed(ApplicationContext context, Supplier<T> body) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> body.get());
    }

    public static void rolledBack(ApplicationContext context, Runnable body) {
        rolledBack(context, () -> {
            body.run();
            return null;
        });
    }

    /** Logs in, as {@code @WithMockUser} would: the user has the given roles and those they include. */
    public static void logIn(String username, Role... roles) {
        var authorities = Arrays.stream(roles).flatMap(role -> role.withIncluded().stream()).distinct()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
    }

    public static void logOut() {
        SecurityContextHolder.clearContext();
    }
}
