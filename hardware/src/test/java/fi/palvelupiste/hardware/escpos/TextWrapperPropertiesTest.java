package fi.palvelupiste.hardware.escpos;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextWrapperPropertiesTest {

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withChars("ab cdefg  hijk ").ofMaxLength(120),
                emoji());
    }

    @Property(tries = 2000)
    void no_line_is_wider_than_the_width(@ForAll("text") String text, @ForAll @IntRange(min = 1, max = 48) int width) {
        for (String line : TextWrapper.wrap(text, width)) {
            assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(width);
        }
    }

    @Property(tries = 2000)
    void no_character_other_than_a_space_is_lost_or_reordered(@ForAll("text") String text,
                                                              @ForAll @IntRange(min = 1, max = 48) int width) {
        List<String> lines = TextWrapper.wrap(text, width);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Provide
    Arbitrary<String> emoji() {
        return Arbitraries.of("x", " ", "\uD83D\uDE00").list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 500)
    void a_surrogate_pair_is_never_cut_in_half(@ForAll("emoji") String text,
                                               @ForAll @IntRange(min = 1, max = 8) int width) {
        for (String line : TextWrapper.wrap(text, width)) {
            if (!line.isEmpty()) {
                assertThat(Character.isLowSurrogate(line.charAt(0))).as(line).isFalse();
                assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).as(line).isFalse();
            }
        }
    }

    @Example
    void words_move_to_the_next_line_and_long_words_are_split() {
        assertThat(TextWrapper.wrap("Edellä jonossa: 3", 9)).containsExactly("Edellä", "jonossa:", "3");
        assertThat(TextWrapper.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
        assertThat(TextWrapper.wrap("   ", 4)).containsExactly("");
    }
}
