package fi.palvelupiste.kiosk.i18n;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void every_key_has_a_non_empty_text_in_finnish_swedish_and_english() {
        Set<String> allKeys = new TreeSet<>();
        for (Language language : Language.values()) {
            allKeys.addAll(load(language).stringPropertyNames());
        }
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : allKeys) {
                String text = texts.getProperty(key);
                if (text == null || text.isBlank()) {
                    problems.add(language.code() + ": " + key + " is missing or empty");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(allKeys).contains("start.heading", "ticket.printed", "idle.title");
    }

    @Test
    void the_same_message_takes_the_same_arguments_in_every_language() {
        Properties finnish = load(Language.FI);
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : finnish.stringPropertyNames()) {
                assertThat(arguments(texts.getProperty(key)))
                        .as("arguments of %s in %s", key, language.code())
                        .isEqualTo(arguments(finnish.getProperty(key)));
            }
        }
    }

    @Test
    void patterns_with_arguments_are_valid_and_keep_their_apostrophes() {
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!arguments(text).isEmpty()) {
                    String formatted = new MessageFormat(text, language.locale()).format(new Object[] {2, 2, 2, 2, 2, 2});
                    assertThat(formatted).as("%s in %s", key, language.code()).doesNotContain("{");
                    assertThat(text.replace("''", "")).as("single apostrophe in %s (%s) is swallowed by MessageFormat",
                            key, language.code()).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void the_provider_answers_in_the_asked_language_and_marks_missing_keys() {
        KioskI18NProvider provider = new KioskI18NProvider();
        assertThat(provider.getTranslation("start.heading", Language.SV.locale())).isEqualTo("Välkommen!");
        assertThat(provider.getTranslation("ticket.ahead", Language.FI.locale(), 1)).contains("1 henkilö.");
        assertThat(provider.getTranslation("ticket.ahead", Language.EN.locale(), 3)).contains("3 people");
        assertThat(provider.getTranslation("no.such.key", Language.EN.locale())).isEqualTo("!no.such.key!");
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
        assertThat(properties).as("texts for " + language.code()).isNotEmpty();
        return properties;
    }
}
