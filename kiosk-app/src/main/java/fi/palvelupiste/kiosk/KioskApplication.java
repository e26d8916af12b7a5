package fi.palvelupiste.kiosk;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.ClassUtils;

import java.security.CodeSource;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Palvelupiste kiosk: resident screens at {@code /}, printing to the configured or virtual printer. With profile
 * {@code hub}, the same application is the hub that many kiosks report to (README, "The hub").
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableVaadin(KioskApplication.VAADIN_PACKAGES)
public class KioskApplication {

    /**
     * Where Vaadin looks for routes, layouts, error views and the app shell at start: the features' {@code ui}
     * packages (ArchitectureTest keeps every such type there). Its default, the whole application with Spring AOT's
     * generated classes, had it read all of them eight times over before the first answer (README, "Start-up").
     */
    static final String VAADIN_PACKAGES = "fi.palvelupiste.kiosk.*.ui";

    /** Spring's switch for the bean definitions that Spring AOT wrote at build time (README, "Start-up"). */
    static final String AOT_PROPERTY = "spring.aot.enabled";

    public static void main(String[] args) {
        if (System.getProperty(AOT_PROPERTY) == null && packagedWithAotDefinitions()
                && !hubProfile(args, System.getProperty("spring.profiles.active"), System.getenv("SPRING_PROFILES_ACTIVE"))) {
            System.setProperty(AOT_PROPERTY, "true");
        }
        SpringApplication.run(KioskApplication.class, args);
    }

    /**
     * Whether the hub profile is asked for (argument, system property or environment). The build-time bean
     * definitions are the kiosk's: they fixed the profile conditions ({@link HubOnly}, {@link KioskOnly}) when the jar
     * was built, so the hub starts without them.
     */
    static boolean hubProfile(String[] args, @Nullable String property, @Nullable String environment) {
        Stream<String> fromArgs = Arrays.stream(args).filter(arg -> arg.startsWith("--spring.profiles.active="))
                .map(arg -> arg.substring("--spring.profiles.active=".length()));
        return Stream.concat(fromArgs, Stream.of(property, environment)).filter(Objects::nonNull)
                .flatMap(list -> Arrays.stream(list.split(","))).map(String::strip)
                .anyMatch(HubOnly.PROFILE::equals);
    }

    /**
     * Whether this is the built jar (fat or extracted) with the build-time bean definitions in it. Not from an IDE or
     * {@code ./mvnw}'s classes directory: there they may be left over from an earlier package and stale.
     */
    static boolean packagedWithAotDefinitions() {
        CodeSource source = KioskApplication.class.getProtectionDomain().getCodeSource();
        String location = source == null ? "" : source.getLocation().toString();
        return location.contains(".jar") && ClassUtils.isPresent(
                KioskApplication.class.getName() + "__ApplicationContextInitializer", KioskApplication.class.getClassLoader());
    }
}
