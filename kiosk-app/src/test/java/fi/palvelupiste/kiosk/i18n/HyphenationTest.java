package fi.palvelupiste.kiosk.i18n;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long words get soft hyphens at syllables in each language's TeX patterns; short words, codes, capitals and the
 * languages without patterns are left as they are, and {@link Hyphenation#plain} gives the text back.
 */
class HyphenationTest {

    /** The text with its soft hyphens shown as '-'. */
    private static String shown(String text, Language language) {
        return Hyphenation.text(text, language).replace(Hyphenation.SOFT_HYPHEN, '-');
    }

    @Test
    void long_finnish_words_break_at_syllables_and_compound_boundaries() {
        assertThat(shown("valokuvauspäivään", Language.FI)).isEqualTo("valo-ku-vaus-päi-vään");
        assertThat(shown("asiakaspalvelu", Language.FI)).isEqualTo("asia-kas-pal-ve-lu");
        assertThat(shown("Ilmoittautuminen", Language.FI)).isEqualTo("Ilmoit-tau-tu-mi-nen");
        assertThat(shown("henkilökortti", Language.FI)).isEqualTo("hen-ki-lö-kort-ti");
    }

    @Test
    void ukrainian_swedish_and_estonian_words_follow_their_own_patterns() {
        assertThat(shown("фотографування", Language.UK)).isEqualTo("фо-то-гра-фу-ван-ня");
        assertThat(shown("посвідчення", Language.UK)).isEqualTo("по-свід-чен-ня");
        String swedish = shown("fotograferingsdag", Language.SV);
        assertThat(swedish).contains("-").startsWith("fo");
        assertThat(shown("passipildipäev", Language.ET)).contains("-");
    }

    @Test
    void every_part_of_a_broken_word_keeps_a_vowel_and_two_letters() {
        for (Language language : new Language[] {Language.FI, Language.SV, Language.EN, Language.UK, Language.RU,
                Language.ET}) {
            for (String word : new String[] {"valokuvauspäivään", "фотографування", "посвідчення", "Ilmoittautuminen",
                    "photographer", "passfotografering", "удостоверение", "registreerimine"}) {
                String[] parts = Hyphenation.text(word, language).split(String.valueOf(Hyphenation.SOFT_HYPHEN));
                assertThat(parts).as("%s in %s", word, language).allSatisfy(part -> {
                    assertThat(part.length()).isGreaterThanOrEqualTo(2);
                    assertThat(Arrays.stream("aeiouyäöåõüаеиоуыэюяєіїё".split("")).anyMatch(
                            vowel -> part.toLowerCase(Locale.ROOT).contains(vowel))).as(part).isTrue();
                });
            }
        }
    }

    @Test
    void short_words_codes_capitals_and_numbers_stay_whole() {
        String text = "Vuoronumero A-042 koodilla KX7P-Q2M9, klo 14.30 VALOKUVAUSPÄIVÄ ja kirjasto";
        assertThat(Hyphenation.text(text, Language.FI))
                .isEqualTo(text.replace("Vuoronumero", "Vuo\u00ADro\u00ADnu\u00ADme\u00ADro"));
        assertThat(Hyphenation.text("kirjasto", Language.FI)).isEqualTo("kirjasto");
    }

    @Test
    void arabic_and_somali_have_no_patterns_and_keep_their_words() {
        String arabic = "التصوير الفوتوغرافي للجوازات";
        assertThat(Hyphenation.text(arabic, Language.AR)).isEqualTo(arabic);
        String somali = "Is-diiwaangelinta sawirka baasaboorka";
        assertThat(Hyphenation.text(somali, Language.SO)).isEqualTo(somali);
        assertThat(Hyphenation.of(Language.AR)).isEmpty();
    }

    @Test
    void hyphenating_twice_changes_nothing_and_plain_gives_the_text_back() {
        String text = "Ilmoittautuminen valokuvauspäivään, asiakaspalvelu.";
        String once = Hyphenation.text(text, Language.FI);
        assertThat(once).isNotEqualTo(text);
        assertThat(Hyphenation.text(once, Language.FI)).isEqualTo(once);
        assertThat(Hyphenation.plain(once)).isEqualTo(text);
        assertThat(Hyphenation.text(null, Language.FI)).isNull();
    }
}
