package fi.palvelupiste.kiosk;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin's security set-up puts its own {@link SecurityContextHolderStrategy} into Spring Security's JVM-wide holder
 * when a context starts. With several contexts in one test JVM (kiosk, hub, a {@link TestHub}), the holder keeps the
 * last one's, and a test of an earlier, cached context would log its user in where its views do not look. Before
 * each test class, test instance and test method, the holder gets the strategy of the test's own context back
 * (before {@code @WithMockUser} fills it). Registered for every test in {@code META-INF/spring.factories}.
 */
public class OwnSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useOwn(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useOwn(testContext);
    }

    @Override
    public void beforeTestExecution(TestContext testContext) {
        useOwn(testContext);
    }

    private static void useOwn(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
