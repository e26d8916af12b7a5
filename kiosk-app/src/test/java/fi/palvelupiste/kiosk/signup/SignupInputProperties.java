package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.resident.ResidentName;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the rules for what residents type: names, phone numbers, and reference codes (CSV cells: SpreadsheetCsvProperties). */
class SignupInputProperties {

    // ---- names -------------------------------------------------------------------------------------------------

    @Property
    void names_of_letters_in_any_script_with_single_spaces_hyphens_and_apostrophes_are_accepted(
            @ForAll("names") String name) {
        assertThat(ResidentName.problem(name)).isEmpty();
    }

    @Property
    void an_accepted_name_starts_with_a_letter_and_holds_no_control_character_markup_digit_or_formula_start(
            @ForAll @StringLength(max = 80) String anything) {
        if (ResidentName.isValid(anything)) {
            String name = ResidentName.normalize(anything);
            assertThat(Character.isLetter(name.codePointAt(0))).isTrue();
            assertThat(name.codePoints()).noneMatch(cp -> Character.isISOControl(cp) || Character.isDigit(cp)
                    || "<>&=+@\"`;".indexOf(cp) >= 0);
            assertThat(name.codePointCount(0, name.length())).isBetween(1, ResidentName.MAX_LENGTH);
        }
    }

    @Property
    void text_with_an_emoji_a_control_character_or_markup_is_refused(@ForAll("names") String name,
                                                                      @ForAll("bad") String bad,
                                                                      @ForAll @IntRange(max = 60) int at) {
        int cut = Math.min(at, name.length());
        String spoiled = name.substring(0, cut) + bad + name.substring(cut);
        assertThat(ResidentName.problem(spoiled)).isPresent();
    }

    @Property
    void names_are_trimmed_before_the_length_is_counted(@ForAll("names") String name) {
        assertThat(ResidentName.problem("  " + name + "   ")).isEmpty();
        assertThat(ResidentName.normalize("  " + name + "   ")).isEqualTo(ResidentName.normalize(name));
    }

    @Example
    void examples_of_names() {
        assertThat(ResidentName.problem("Åsa-Öhman")).isEmpty();
        assertThat(ResidentName.problem("O'Brien")).isEmpty();
        assertThat(ResidentName.problem("O\u2019Brien")).isEmpty();
        assertThat(ResidentName.problem("Nguyễn Thị")).isEmpty();
        assertThat(ResidentName.problem("Мария")).isEmpty();
        assertThat(ResidentName.problem("محمد")).isEmpty();
        assertThat(ResidentName.problem("अनीता")).isEmpty();
        assertThat(ResidentName.problem("")).contains(ResidentName.Problem.EMPTY);
        assertThat(ResidentName.problem("   ")).contains(ResidentName.Problem.EMPTY);
        assertThat(ResidentName.problem("a".repeat(61))).contains(ResidentName.Problem.TOO_LONG);
        assertThat(ResidentName.problem("a".repeat(60))).isEmpty();
        assertThat(ResidentName.problem("Aino 😀")).contains(ResidentName.Problem.CHARACTERS);
        assertThat(ResidentName.problem("<b>Aino</b>")).contains(ResidentName.Problem.CHARACTERS);
        assertThat(ResidentName.problem("=1+2")).contains(ResidentName.Problem.CHARACTERS);
        assertThat(ResidentName.problem("-Aino")).contains(ResidentName.Problem.CHARACTERS);
        assertThat(ResidentName.problem("Ai\tno")).contains(ResidentName.Problem.CHARACTERS);
        assertThat(ResidentName.problem("Aino2")).contains(ResidentName.Problem.CHARACTERS);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzåäöüéšžABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉМарияاحمدअनत")
                .ofMinLength(1).ofMaxLength(12)
                .filter(w -> Character.isLetter(w.codePointAt(0)));
        Arbitrary<String> separator = Arbitraries.of(" ", "-", "'", "");
        return net.jqwik.api.Combinators.combine(word, separator, word.injectNull(0.5))
                .as((a, sep, b) -> b == null ? a : a + sep + b)
                .filter(n -> n.codePointCount(0, n.length()) <= ResidentName.MAX_LENGTH)
                .filter(n -> !n.endsWith(" "));
    }

    @Provide
    Arbitrary<String> bad() {
        return Arbitraries.of("😀", "\u0000", "\n", "\u001B[2J", "<", ">", "&", "=", "@", "1", "\u202E", "\u200B",
                "🇫🇮", "\t", "\"", ";");
    }

    // ---- phone numbers -----------------------------------------------------------------------------------------

    @Property
    void finnish_mobile_numbers_are_accepted_in_every_way_they_are_typed(
            @ForAll("mobilePrefixes") String prefix, @ForAll("digits") String rest, @ForAll("styles") int style) {
        String national = prefix + rest;
        String typed = switch (style) {
            case 0 -> national;
            case 1 -> "+358" + national.substring(1);
            case 2 -> national.substring(0, 3) + " " + national.substring(3);
            default -> "+358 " + national.substring(1, 3) + " " + national.substring(3);
        };
        assertThat(FinnishMobile.normalize(typed)).contains(national);
        assertThat(FinnishMobile.display(national).replace(" ", "")).isEqualTo(national);
    }

    @Property
    void numbers_that_are_not_finnish_mobiles_are_refused(@ForAll @StringLength(max = 16) String typed) {
        Optional<String> national = FinnishMobile.normalize(typed);
        national.ifPresent(n -> assertThat(n).matches("0(4\\d|50)\\d{6,8}"));
    }

    @Example
    void examples_of_phone_numbers() {
        assertThat(FinnishMobile.normalize("0401234567")).contains("0401234567");
        assertThat(FinnishMobile.normalize("050 123 4567")).contains("0501234567");
        assertThat(FinnishMobile.normalize("+358401234567")).contains("0401234567");
        assertThat(FinnishMobile.normalize("091234567")).as("a landline").isEmpty();
        assertThat(FinnishMobile.normalize("0511234567")).isEmpty();
        assertThat(FinnishMobile.normalize("+46701234567")).as("a Swedish mobile").isEmpty();
        assertThat(FinnishMobile.normalize("040")).isEmpty();
        assertThat(FinnishMobile.normalize("++358401234567")).isEmpty();
    }

    @Provide
    Arbitrary<String> mobilePrefixes() {
        return Arbitraries.of("040", "041", "042", "043", "044", "045", "046", "049", "050");
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(8);
    }

    @Provide
    Arbitrary<Integer> styles() {
        return Arbitraries.integers().between(0, 3);
    }

    // ---- reference codes ---------------------------------------------------------------------------------------

    @Property
    void reference_codes_have_six_characters_and_no_look_alikes(@ForAll long seed) {
        String code = ReferenceCode.generate(new Random(seed));
        assertThat(code).hasSize(6).doesNotContain("0", "O", "1", "I", "L");
        assertThat(ReferenceCode.isWellFormed(code)).isTrue();
        assertThat(ReferenceCode.normalize(code.toLowerCase(java.util.Locale.ROOT).substring(0, 3) + " "
                + code.substring(3))).isEqualTo(code);
    }

    @Property
    void a_text_with_a_look_alike_or_of_another_length_is_never_a_code(@ForAll @StringLength(max = 10) String text) {
        if (ReferenceCode.isWellFormed(text)) {
            assertThat(text).hasSize(6).matches("[2-9A-HJKMNP-Z]{6}");
        }
    }
}
