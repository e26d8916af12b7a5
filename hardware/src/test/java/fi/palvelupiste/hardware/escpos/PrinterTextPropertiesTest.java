package fi.palvelupiste.hardware.escpos;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.CharsetEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PrinterTextPropertiesTest {

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(60),
                Arbitraries.strings().withChars("åäöÅÄÖ€šž“”‘’–—…\u00A0\u200B\u0301\t\n\r\u001B\u001D\u0010 ").ofMaxLength(40));
    }

    @Property(tries = 2000)
    void sanitized_text_has_no_control_characters_and_only_characters_the_code_page_encodes_in_one_byte(
            @ForAll("anyText") String text, @ForAll CodePage codePage) {
        String safe = PrinterText.sanitize(text, codePage);
        CharsetEncoder encoder = codePage.charset().newEncoder();
        for (char c : safe.toCharArray()) {
            assertThat(Character.isISOControl(c)).as("control U+%04X", (int) c).isFalse();
            assertThat(Character.isSurrogate(c)).isFalse();
            assertThat(encoder.canEncode(c)).as("encodable U+%04X", (int) c).isTrue();
            byte[] encoded = String.valueOf(c).getBytes(codePage.charset());
            assertThat(encoded).hasSize(1);
            assertThat(encoded[0] & 0xFF).as("byte of U+%04X", (int) c).isGreaterThanOrEqualTo(0x20).isNotEqualTo(0x7F);
        }
    }

    @Example
    void typographic_punctuation_gets_plain_look_alikes_and_accents_the_table_lacks_are_dropped() {
        assertThat(PrinterText.sanitize("“Šiš” – ok…", CodePage.PC858)).isEqualTo("\"Sis\" - ok...");
        assertThat(PrinterText.sanitize("Hyvää päivää", CodePage.PC858)).isEqualTo("Hyvää päivää");
        assertThat(PrinterText.sanitize("a\tb\nc", CodePage.PC858)).isEqualTo("a b c");
        assertThat(PrinterText.sanitize("日本", CodePage.PC858)).isEqualTo("??");
    }
}
