package fi.palvelupiste.kiosk.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTest {

    private static final LocalizedText PHOTO_DAY = new LocalizedText(Map.of(Language.FI, "Passikuvat",
            Language.SV, "Passfoton", Language.EN, "Passport photos", Language.UK, "Фото на паспорт"));

    @Test
    void a_reader_gets_their_language_and_finnish_where_theirs_is_blank() {
        LocalizedText title = new LocalizedText(Map.of(Language.FI, "Passikuvat", Language.SV, "Passfoton",
                Language.EN, " "));

        assertThat(title.get(Language.SV.locale())).isEqualTo("Passfoton");
        assertThat(title.get(Language.EN.locale())).isEqualTo("Passikuvat");
        assertThat(title.get(Locale.GERMAN)).as("a language the kiosk does not speak").isEqualTo("Passikuvat");
        assertThat(title.get(null)).isEqualTo("Passikuvat");
    }

    @Test
    void every_resident_language_reads_its_own_text_when_a_coordinator_wrote_one() {
        assertThat(PHOTO_DAY.get(Language.UK.locale())).isEqualTo("Фото на паспорт");
        assertThat(PHOTO_DAY.fallsBackFor(Language.UK.locale())).isFalse();
        assertThat(PHOTO_DAY.shownIn(Language.UK.locale())).contains(Language.UK);
    }

    @Test
    void a_missing_text_falls_back_to_english_and_then_finnish_and_says_so() {
        assertThat(PHOTO_DAY.get(Language.RU.locale())).isEqualTo("Passport photos");
        assertThat(PHOTO_DAY.shownIn(Language.RU.locale())).contains(Language.EN);
        assertThat(PHOTO_DAY.fallsBackFor(Language.RU.locale())).isTrue();
        LocalizedText finnishOnly = LocalizedText.of(Language.FI, "Kyyti");
        assertThat(finnishOnly.get(Language.AR.locale())).isEqualTo("Kyyti");
        assertThat(finnishOnly.shownIn(Language.AR.locale())).contains(Language.FI);
        assertThat(finnishOnly.fallsBackFor(Language.FI.locale())).isFalse();
        assertThat(LocalizedText.EMPTY.shownIn(Language.SO.locale())).isEqualTo(Optional.empty());
        assertThat(LocalizedText.EMPTY.fallsBackFor(Language.SO.locale())).as("nothing to show, nothing to tell")
                .isFalse();
    }

    @Test
    void a_text_is_kept_as_written_and_a_missing_one_is_empty() {
        LocalizedText title = LocalizedText.of(Language.FI, " Passikuvat ").with(Language.SV, null);

        assertThat(title.in(Language.FI)).isEqualTo(" Passikuvat ");
        assertThat(title.in(Language.SV)).isEmpty();
        assertThat(title.in(Language.ET)).isEmpty();
    }

    @Test
    void texts_are_equal_when_they_read_the_same_in_every_language() {
        assertThat(new LocalizedText(Map.of(Language.FI, "", Language.UK, ""))).isEqualTo(LocalizedText.EMPTY);
        assertThat(LocalizedText.of(Language.FI, "a").with(Language.SO, ""))
                .isEqualTo(new LocalizedText(Map.of(Language.FI, "a")));
        assertThat(PHOTO_DAY.with(Language.UK, "")).isEqualTo(PHOTO_DAY.with(Language.UK, null));
    }

    @Test
    void with_changes_one_language_and_leaves_the_original_as_it_was() {
        LocalizedText original = LocalizedText.of(Language.FI, "Kyyti");
        LocalizedText changed = original.with(Language.ET, "Sõit");

        assertThat(changed.in(Language.ET)).isEqualTo("Sõit");
        assertThat(changed.in(Language.FI)).isEqualTo("Kyyti");
        assertThat(original.in(Language.ET)).isEmpty();
    }

    @Test
    void map_changes_every_language_the_same_way() {
        assertThat(PHOTO_DAY.with(Language.AR, "  صور  ").map(String::strip).in(Language.AR)).isEqualTo("صور");
        assertThat(LocalizedText.of(Language.FI, " ").map(String::strip)).isEqualTo(LocalizedText.EMPTY);
    }
}
