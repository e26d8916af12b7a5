package fi.palvelupiste.kiosk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * provisioning's settings template (provisioning/files/etc/palvelupiste.properties) may only name settings the
 * kiosk knows, with values it accepts: a typo in a key would otherwise be silently ignored on a Pi.
 */
class ConfigurationTemplateTest {

    private static final Path TEMPLATE = Path.of("..", "provisioning", "files", "etc", "palvelupiste.properties");
    /** The hub server's settings (provisioning/hub/files/etc/hub.properties). */
    private static final Path HUB_TEMPLATE = Path.of("..", "provisioning", "hub", "files", "etc", "hub.properties");
    /** Spring Boot's own settings the hub's template sets: its database and the address behind nginx. */
    private static final Set<String> HUB_SPRING_KEYS = Set.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "server.address", "server.port");
    private static final Pattern SETTING = Pattern.compile("^#?([a-z][a-z0-9.-]*)=(.*)$");
    /** Spring Boot's own settings the template may use. */
    private static final Set<String> SPRING_KEYS = Set.of("server.port");

    @Test
    void every_key_in_the_template_is_a_setting_of_the_kiosk() throws Exception {
        Set<String> known = knownKioskKeys();
        known.addAll(SPRING_KEYS);

        Map<String, String> template = templateSettings();

        assertThat(template).isNotEmpty();
        assertThat(known).as("settings the kiosk knows").containsAll(template.keySet());
    }

    @Test
    void every_key_in_the_hubs_template_is_a_setting_of_the_hub() throws Exception {
        Set<String> known = knownKioskKeys();
        known.addAll(HUB_SPRING_KEYS);

        Map<String, String> template = templateSettings(HUB_TEMPLATE);

        assertThat(template).containsKeys("spring.datasource.url", "kiosk.hub.public-url");
        assertThat(known).as("settings the hub knows").containsAll(template.keySet());
    }

    @Test
    void every_kiosk_setting_is_explained_in_the_template() throws Exception {
        Set<String> kioskKeys = new TreeSet<>(knownKioskKeysOf(KioskProperties.class, "kiosk"));

        assertThat(templateSettings().keySet()).containsAll(kioskKeys);
    }

    @Test
    void the_values_shown_in_the_template_are_accepted() throws IOException {
        Map<String, String> values = new LinkedHashMap<>(templateSettings());
        values.values().removeIf(String::isEmpty);

        KioskProperties bound = new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("kiosk", KioskProperties.class);

        assertThat(bound.idle().timeout()).hasSeconds(60);
        assertThat(bound.security().kioskAddresses()).containsExactly("127.0.0.1", "::1");
        assertThat(bound.gpio().callButtonDesk()).isEqualTo("Digituki 1");
    }

    private static Map<String, String> templateSettings() throws IOException {
        return templateSettings(TEMPLATE);
    }

    private static Map<String, String> templateSettings(Path template) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(template, StandardCharsets.UTF_8)) {
            Matcher setting = SETTING.matcher(line.strip());
            if (setting.matches()) {
                settings.put(setting.group(1), setting.group(2).strip());
            }
        }
        return settings;
    }

    /** Every leaf setting of every @ConfigurationProperties record of the kiosk, e.g. kiosk.idle.timeout. */
    private static Set<String> knownKioskKeys() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> keys = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("fi.palvelupiste")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            keys.addAll(knownKioskKeysOf(type, prefix));
        }
        return keys;
    }

    private static Set<String> knownKioskKeysOf(Class<?> type, String prefix) {
        Set<String> keys = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + "." + kebab(component.getName());
            Class<?> componentType = component.getType();
            if (componentType.isRecord() && componentType.getPackageName().startsWith("fi.palvelupiste")) {
                keys.addAll(knownKioskKeysOf(componentType, key));
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
