package fi.palvelupiste.kiosk.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text a person sees comes from {@code i18n/<feature>_<language>.properties} through this provider, for
 * views (getTranslation) and printed slips alike. Each feature owns its own file; a key defined twice is an
 * error at start-up. Patterns are ICU MessageFormat, so counts take each language's own plural forms
 * ({@code {0, plural, one {# sekunti} other {# sekuntia}}}). A key a language lacks comes from the next language
 * along {@link Language#fallbacks()} (staff pages are written in Finnish, Swedish and English only); a key no
 * language has shows as {@code !key!} and is logged.
 */
@Component
public class KioskI18NProvider implements I18NProvider {

    /** Where the message files are: one per feature and language, e.g. {@code i18n/queue_sv.properties}. */
    public static final String LOCATION = "classpath*:i18n/*_%s.properties";
    private static final Logger log = LoggerFactory.getLogger(KioskI18NProvider.class);

    /**
     * The features residents see. A language is offered to residents only when it has a file for each of them (its
     * completeness is {@code MessageBundlesTest}'s), so a half-translated language never reaches a resident.
     */
    public static final List<String> RESIDENT_FEATURES = List.of("kiosk", "keyboard", "languages", "queue", "signup",
            "ride", "forms", "photoday");

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    private final List<Language> residentLanguages;
    /** Parsed patterns by language and key; each used under its own lock, as ICU's formats are not thread-safe. */
    private final Map<Language, Map<String, MessageFormat>> formats = new EnumMap<>(Language.class);

    public KioskI18NProvider() {
        for (Language language : Language.values()) {
            texts.put(language, load(language));
            formats.put(language, new ConcurrentHashMap<>());
        }
        residentLanguages = Arrays.stream(Language.values()).filter(KioskI18NProvider::hasResidentFiles).toList();
    }

    /** The languages residents can choose: Finnish, Swedish, English and each other one with all its texts. */
    public List<Language> residentLanguages() {
        return residentLanguages;
    }

    private static boolean hasResidentFiles(Language language) {
        try {
            PathMatchingResourcePatternResolver files = new PathMatchingResourcePatternResolver();
            for (String feature : RESIDENT_FEATURES) {
                if (files.getResources("classpath*:i18n/" + feature + "_" + language.code() + ".properties").length == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for message files of " + language.code(), e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language asked = Language.of(locale);
        for (Language language : asked.fallbacks()) {
            String pattern = texts.get(language).get(key);
            if (pattern != null) {
                return params.length == 0 ? pattern : format(asked, key, pattern, params);
            }
        }
        log.warn("No {} translation for '{}'", asked.code(), key);
        return "!" + key + "!";
    }

    /** Formats with the asked language's plural rules and digits, whichever language the pattern came from. */
    private String format(Language asked, String key, String pattern, Object[] params) {
        MessageFormat format = formats.get(asked).computeIfAbsent(key,
                k -> new MessageFormat(pattern, ULocale.forLocale(asked.locale())));
        synchronized (format) {
            return format.format(params);
        }
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
