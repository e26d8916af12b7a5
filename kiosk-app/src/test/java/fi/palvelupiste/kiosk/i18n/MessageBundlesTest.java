package fi.palvelupiste.kiosk.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles of every language: resident features complete in all eight, staff pages in Finnish, Swedish and
 * English, the same arguments everywhere, and counts in each language's own plural forms.
 */
class MessageBundlesTest {

    static final List<String> RESIDENT_FEATURES = KioskI18NProvider.RESIDENT_FEATURES;

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\s*[,}]");

    /** A missing text shows as "!key!"; with a dot in every key, the fuzz tests tell it from typed text. */
    @Test
    void every_key_is_a_feature_and_a_name_with_a_dot_between() {
        for (Language language : Language.values()) {
            assertThat(load(language).stringPropertyNames()).as(language.code())
                    .allSatisfy(key -> assertThat(key).matches("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+"));
        }
    }

    @Test
    void every_key_has_a_text_in_finnish_swedish_and_english() {
        Set<String> allKeys = new TreeSet<>();
        Language.staffPages().forEach(language -> allKeys.addAll(load(language).stringPropertyNames()));
        Language.staffPages().forEach(language -> assertThat(load(language)).as(language.code()).isNotEmpty());
        List<String> problems = new ArrayList<>();
        for (Language language : Language.staffPages()) {
            Properties texts = load(language);
            allKeys.stream().filter(key -> texts.getProperty(key) == null || texts.getProperty(key).isBlank())
                    .forEach(key -> problems.add(language.code() + ": " + key + " is missing or empty"));
        }
        assertThat(problems).isEmpty();
        assertThat(allKeys).contains("start.heading", "ticket.printed", "idle.title");
    }

    @Test
    void a_language_residents_can_choose_has_every_resident_feature_in_full_and_no_language_is_half_there() {
        List<Language> offered = new KioskI18NProvider().residentLanguages();
        assertThat(offered).containsAll(Language.staffPages());
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            long files = RESIDENT_FEATURES.stream().filter(feature -> !file(feature, language).isEmpty()).count();
            if (files > 0 && files < RESIDENT_FEATURES.size()) {
                problems.add(language.code() + " has " + files + " of the " + RESIDENT_FEATURES.size()
                        + " resident features' files: residents would not see it");
            }
        }
        for (String feature : RESIDENT_FEATURES) {
            Set<String> finnish = file(feature, Language.FI).keySet();
            for (Language language : offered) {
                Map<String, String> texts = file(feature, language);
                finnish.stream().filter(key -> texts.get(key) == null || texts.get(key).isBlank())
                        .forEach(key -> problems.add(language.code() + ": " + key + " is missing or empty"));
                texts.keySet().stream().filter(key -> !finnish.contains(key))
                        .forEach(key -> problems.add(language.code() + ": " + key + " is not a Finnish key"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_same_message_takes_the_same_arguments_in_every_language() {
        Properties finnish = load(Language.FI);
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                if (!arguments(texts.getProperty(key)).equals(arguments(finnish.getProperty(key, "")))) {
                    problems.add(language.code() + ": " + key + " takes " + arguments(texts.getProperty(key))
                            + ", Finnish " + arguments(finnish.getProperty(key, "")));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void patterns_with_arguments_are_valid_icu_and_keep_their_apostrophes() {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (arguments(text).isEmpty()) {
                    continue;
                }
                try {
                    String formatted = new MessageFormat(text, ULocale.forLocale(language.locale()))
                            .format(new Object[] {2, 2, 2, 2, 2, 2});
                    if (formatted.contains("{") || formatted.contains("}")) {
                        problems.add(language.code() + ": " + key + " leaves a brace: " + formatted);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(language.code() + ": " + key + " is not a valid pattern: " + e.getMessage());
                }
                if (text.replace("''", "").contains("'")) {
                    problems.add(language.code() + ": " + key + " has a single apostrophe, which the pattern swallows");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_count_has_each_plural_form_of_its_language() {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            PluralRules rules = PluralRules.forLocale(ULocale.forLocale(language.locale()));
            Set<String> integerForms = new TreeSet<>();
            for (String keyword : rules.getKeywords()) {
                if (!rules.getSamples(keyword, PluralRules.SampleType.INTEGER).isEmpty()) {
                    integerForms.add(keyword);
                }
            }
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                for (Set<String> selectors : pluralSelectors(texts.getProperty(key))) {
                    for (String form : integerForms) {
                        boolean explicit = form.equals("zero") && selectors.contains("=0")
                                || form.equals("one") && selectors.contains("=1")
                                || form.equals("two") && selectors.contains("=2");
                        if (!selectors.contains(form) && !explicit) {
                            problems.add(language.code() + ": " + key + " has no '" + form + "' form");
                        }
                    }
                    selectors.stream().filter(s -> !s.startsWith("=") && !rules.getKeywords().contains(s))
                            .forEach(s -> problems.add(language.code() + ": " + key + " has '" + s
                                    + "', which is not a plural form of " + language.code()));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_provider_answers_in_the_asked_language_with_its_plurals_and_falls_back_along_the_languages() {
        KioskI18NProvider provider = new KioskI18NProvider();
        assertThat(provider.getTranslation("start.heading", Language.SV.locale())).isEqualTo("Välkommen!");
        assertThat(provider.getTranslation("ticket.ahead", Language.FI.locale(), 1)).contains("1 henkilö.");
        assertThat(provider.getTranslation("ticket.ahead", Language.EN.locale(), 3)).contains("3 people");
        assertThat(provider.getTranslation("change.wait", Language.FI.locale(), 1)).contains("Odota 1 sekunti ");
        assertThat(provider.getTranslation("change.wait", Language.FI.locale(), 5)).contains("Odota 5 sekuntia ");
        assertThat(provider.getTranslation("ticket.ahead", Language.AR.locale(), 12)).as("Western digits")
                .contains("12");
        assertThat(provider.getTranslation("start.heading", Language.UK.locale()))
                .isNotEqualTo(provider.getTranslation("start.heading", Language.EN.locale()));
        assertThat(provider.getTranslation("staff.logout", Language.UK.locale())).as("staff pages: English")
                .isEqualTo("Log out");
        assertThat(provider.getTranslation("staff.logout", Language.SV.locale())).isEqualTo("Logga ut");
        assertThat(provider.getTranslation("no.such.key", Language.EN.locale())).isEqualTo("!no.such.key!");
    }

    /** The selectors of each plural argument in a pattern, e.g. [=0, one, other]. */
    private static List<Set<String>> pluralSelectors(String text) {
        List<Set<String>> all = new ArrayList<>();
        if (!text.contains("plural")) {
            return all;
        }
        MessagePattern pattern = new MessagePattern(text);
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> selectors = new TreeSet<>();
                int limit = pattern.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part inner = pattern.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        selectors.add(pattern.getSubstring(inner));
                    } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = pattern.getLimitPartIndex(j);
                    }
                }
                all.add(selectors);
            }
        }
        return all;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(Language language) {
        Properties properties = new Properties();
        properties.putAll(KioskI18NProvider.load(language));
        return properties;
    }

    /** One feature's file in one language, in its own order; empty when there is none. */
    private static Map<String, String> file(String feature, Language language) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/" + feature + "_" + language.code() + ".properties");
            Map<String, String> texts = new LinkedHashMap<>();
            for (Resource resource : found) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            }
            return texts;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
