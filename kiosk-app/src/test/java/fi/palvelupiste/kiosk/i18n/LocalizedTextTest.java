package fi.palvelupiste.kiosk.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTest {

    @Test
    void a_reader_gets_their_language_and_finnish_where_theirs_is_blank() {
        LocalizedText title = LocalizedText.of("Passikuvat", "Passfoton", " ");

        assertThat(title.get(Language.SV.locale())).isEqualTo("Passfoton");
        assertThat(title.get(Language.EN.locale())).isEqualTo("Passikuvat");
        assertThat(title.get(Locale.GERMAN)).as("a language the kiosk does not speak").isEqualTo("Passikuvat");
        assertThat(title.get(null)).isEqualTo("Passikuvat");
    }

    @Test
    void a_text_is_kept_as_written_and_a_missing_one_is_empty() {
        LocalizedText title = LocalizedText.of(" Passikuvat ", null, "");

        assertThat(title.in(Language.FI)).isEqualTo(" Passikuvat ");
        assertThat(title.in(Language.SV)).isEmpty();
        assertThat(title.in(Language.EN)).isEmpty();
    }

    @Test
    void texts_are_equal_when_they_read_the_same_in_every_language() {
        assertThat(LocalizedText.of("", "", "")).isEqualTo(LocalizedText.EMPTY);
        assertThat(LocalizedText.of("a", "", null)).isEqualTo(new LocalizedText(Map.of(Language.FI, "a")));
        assertThat(LocalizedText.of("a", "b", "c").with(Language.SV, "")).isEqualTo(LocalizedText.of("a", null, "c"));
    }

    @Test
    void with_changes_one_language_and_leaves_the_original_as_it_was() {
        LocalizedText original = LocalizedText.of("Kyyti", "", "");
        LocalizedText changed = original.with(Language.EN, "Ride");

        assertThat(changed.in(Language.EN)).isEqualTo("Ride");
        assertThat(changed.in(Language.FI)).isEqualTo("Kyyti");
        assertThat(original.in(Language.EN)).isEmpty();
    }
}
