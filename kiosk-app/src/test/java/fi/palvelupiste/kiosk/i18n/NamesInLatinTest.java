package fi.palvelupiste.kiosk.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesInLatinTest {

    @Test
    void russian_names_follow_sfs_4900() {
        assertThat(NamesInLatin.latin("Елена Алексеева", "ru")).isEqualTo("Jelena Aleksejeva");
        assertThat(NamesInLatin.latin("Юрий Чайковский", "ru")).isEqualTo("Juri Tšaikovski");
        assertThat(NamesInLatin.latin("Пётр Щукин", "ru")).isEqualTo("Pjotr Štšukin");
        assertThat(NamesInLatin.latin("Майя Хрущёва", "ru")).isEqualTo("Maija Hruštšova");
    }

    @Test
    void ukrainian_names_follow_the_finnish_recommendation_and_are_told_from_russian_by_their_letters_or_language() {
        assertThat(NamesInLatin.latin("Олена Коваль", "uk")).isEqualTo("Olena Koval");
        assertThat(NamesInLatin.latin("Григорій Дем'ян", "uk")).isEqualTo("Hryhorii Demjan");
        assertThat(NamesInLatin.latin("Їжак Євген", "fi")).as("ї and є are Ukrainian").isEqualTo("Jižak Jevhen");
        assertThat(NamesInLatin.latin("Ґанна", "en")).isEqualTo("Ganna");
    }

    @Test
    void lists_show_the_name_as_typed_and_the_latin_form_after_it() {
        assertThat(NamesInLatin.forLists("Олена Коваль", "uk")).isEqualTo("Олена Коваль (Olena Koval)");
        assertThat(NamesInLatin.forLists("Aino Hyvärinen", "fi")).isEqualTo("Aino Hyvärinen");
        assertThat(NamesInLatin.forLists("Õie Šmidt", "et")).isEqualTo("Õie Šmidt");
        assertThat(NamesInLatin.forLists("أحمد", "ar")).startsWith("أحمد (").endsWith(")")
                .matches("أحمد \\([A-Za-z' -]+\\)");
    }
}
