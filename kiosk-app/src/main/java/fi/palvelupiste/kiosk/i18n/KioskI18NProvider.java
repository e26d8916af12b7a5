package fi.palvelupiste.kiosk.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every text a person sees comes from {@code i18n/<feature>_<fi|sv|en>.properties} through this provider, for
 * views (getTranslation) and printed slips alike. Each feature owns its own file; a key defined twice is an
 * error at start-up. A missing key shows as {@code !key!} and is logged.
 */
@Component
public class KioskI18NProvider implements I18NProvider {

    /** Where the message files are: one per feature and language, e.g. {@code i18n/queue_sv.properties}. */
    public static final String LOCATION = "classpath*:i18n/*_%s.properties";
    private static final Logger log = LoggerFactory.getLogger(KioskI18NProvider.class);

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

    public KioskI18NProvider() {
        for (Language language : Language.values()) {
            texts.put(language, load(language));
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale);
        String pattern = texts.get(language).get(key);
        if (pattern == null) {
            log.warn("No {} translation for '{}'", language.code(), key);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
    }

    /** All texts of one language, from every feature's file. */
    public static Map<String, String> load(Language language) {
        Map<String, String> all = new HashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources(LOCATION.formatted(language.code()));
            for (Resource file : files) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (all.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("message key '" + key + "' is defined twice for "
                                + language.code() + " (again in " + file.getFilename() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message files for " + language.code(), e);
        }
        return all;
    }
}
