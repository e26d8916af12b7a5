package fi.palvelupiste.hardware.escpos;

import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.hardware.virtual.EscPosTextRenderer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ukrainian, Russian, Estonian and Arabic on the thermal printer: the encoder switches the printer's character table
 * (ESC t n = 1B 74 n; Epson's numbers: 19 PC858, 46 WPC1251, 17 PC866, 51 WPC1257, 37 PC864) for a paragraph the
 * table in use lacks, and back only when needed; Arabic goes shaped and in visual order, right-aligned. Expected
 * bytes are from the code page charts (windows-1251: Н CD, о EE, м EC, е E5, р F0).
 */
class EscPosScriptsTest {

    private static final PrinterProfile PAPER = PrinterProfile.GENERIC_58MM;

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int value : values) {
            out.write(value);
        }
        return out.toByteArray();
    }

    private static byte[] encode(PrinterProfile profile, Receipt receipt) {
        return new EscPosEncoder(profile).encode(receipt);
    }

    /** The n of every ESC t n in the bytes, in order. */
    private static List<Integer> tables(byte[] bytes) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == 0x1B && bytes[i + 1] == 0x74) {
                found.add(bytes[i + 2] & 0xFF);
            }
        }
        return found;
    }

    @Test
    void a_ukrainian_word_goes_in_windows_1251_after_one_switch() {
        byte[] encoded = encode(PAPER, Receipt.builder().text("Номер").build());
        assertThat(encoded).containsExactly(bytes(
                0x1B, 0x40,                         // ESC @
                0x1B, 0x74, 19,                     // ESC t 19: PC858, the printer's first table
                0x1B, 0x74, 46,                     // ESC t 46: WPC1251 for the Cyrillic paragraph
                0xCD, 0xEE, 0xEC, 0xE5, 0xF0, 0x0A));
    }

    @Test
    void a_slip_switches_only_where_the_table_in_use_lacks_a_letter() {
        Receipt slip = Receipt.builder()
                .text("Palvelupiste")                    // PC858
                .text("Ваш номер у черзі")               // WPC1251 (і)
                .text("Візьміть талон")                  // stays
                .size(TextSize.HUGE).text("A042")        // ASCII: stays
                .size(TextSize.NORMAL).text("Tervon kirjasto, Kylätie 5")   // ä: back to PC858
                .build();
        assertThat(tables(encode(PAPER, slip))).containsExactly(19, 46, 19);
        assertThat(new EscPosTextRenderer(PAPER.columns()).render(encode(PAPER, slip)))
                .contains("Ваш номер у черзі", "Візьміть талон", "A042", "Kylätie 5");
    }

    @Test
    void a_paragraph_mixing_two_scripts_switches_table_within_the_line_and_keeps_every_letter() {
        String mixed = "Візьміть із собою: henkilökortti";
        byte[] encoded = encode(PAPER, Receipt.builder().text(mixed).build());
        assertThat(tables(encoded)).containsExactly(19, 46, 19);
        assertThat(new EscPosTextRenderer(PAPER.columns()).render(encoded)).contains(mixed);
    }

    @Test
    void russian_goes_in_windows_1251_and_in_pc866_on_a_printer_without_1251() {
        String text = "Ёжик Щукин";
        assertThat(tables(encode(PAPER, Receipt.builder().text(text).build()))).containsExactly(19, 46);
        PrinterProfile dos = PAPER.withOtherCodePages(List.of(CodePage.PC866));
        byte[] encoded = encode(dos, Receipt.builder().text(text).build());
        assertThat(tables(encoded)).containsExactly(19, 17);
        assertThat(new EscPosTextRenderer(dos.columns()).render(encoded)).contains(text);
    }

    @Test
    void estonian_letters_the_western_table_lacks_go_in_the_baltic_one() {
        byte[] encoded = encode(PAPER, Receipt.builder().text("Õie Šmidt, Žanna Tüür").build());
        assertThat(tables(encoded)).containsExactly(19, 51);
        assertThat(new EscPosTextRenderer(PAPER.columns()).render(encoded)).contains("Õie Šmidt, Žanna Tüür");
    }

    @Test
    void arabic_goes_shaped_in_pc864_in_visual_order_and_right_aligned() {
        String arabic = "رقمك في الدور";
        byte[] encoded = encode(PAPER, Receipt.builder().text(arabic).build());
        assertThat(tables(encoded)).containsExactly(19, 37);
        assertThat(encoded).as("ESC a 2: right").containsSequence(0x1B, 0x61, 0x02);
        String printed = new EscPosTextRenderer(PAPER.columns()).render(encoded).strip();
        assertThat(printed).doesNotContain("?");
        String expected = ArabicText.visual(ArabicText.shaped(arabic, CodePage.PC864));
        assertThat(printed).isEqualTo(expected);
        assertThat(printed.codePoints().filter(cp -> cp >= 0xFE70 && cp <= 0xFEFC).count())
                .as("the letters in their shaped forms").isGreaterThanOrEqualTo(9);
        assertThat(printed.charAt(0)).as("the last letter of the phrase comes first on paper")
                .isEqualTo(expected.charAt(0));
    }

    @Test
    void a_number_inside_arabic_stays_readable_left_to_right() {
        String line = ArabicText.visual("رقمك A042");
        assertThat(line).contains("A042");
    }

    @Test
    void on_a_printer_with_one_table_a_script_it_lacks_goes_as_a_picture_of_that_line_only() {
        PrinterProfile western = PAPER.withOtherCodePages(List.of());
        byte[] encoded = encode(western, Receipt.builder().text("Šiš ok").text("Номер").text("Kylätie 5").build());
        assertThat(tables(encoded)).containsExactly(19);
        String paper = new EscPosTextRenderer(western.columns()).render(encoded);
        assertThat(paper).as("an accent the table lacks is only dropped").contains("Sis ok", "Kylätie 5")
                .doesNotContain("?");
        assertThat(paper).containsPattern("\\[image \\d+x24]");
        int gsV0 = 0;
        for (int i = 0; i + 3 < encoded.length; i++) {
            if (encoded[i] == 0x1D && encoded[i + 1] == 'v' && encoded[i + 2] == '0') {
                gsV0++;
                int widthBytes = (encoded[i + 4] & 0xFF) | (encoded[i + 5] & 0xFF) << 8;
                assertThat(widthBytes * 8).as("as wide as the word, not the paper").isLessThan(western.dotWidth() / 2);
            }
        }
        assertThat(gsV0).as("one line, one picture").isEqualTo(1);
    }

    @Test
    void a_paragraph_goes_as_a_picture_only_when_every_table_loses_one_of_its_letters() {
        EscPosEncoder encoder = new EscPosEncoder(PAPER);
        assertThat(encoder.printsAsPicture("Номер A042")).as("Cyrillic and digits: Windows-1251").isFalse();
        assertThat(encoder.printsAsPicture("Šiš")).as("only accents lost").isFalse();
        assertThat(encoder.printsAsPicture("Đ·")).as("Đ is in none of the tables").isTrue();
        assertThat(new EscPosEncoder(PAPER.withOtherCodePages(List.of())).printsAsPicture("Номер")).isTrue();
    }

    @Test
    void the_tables_a_printer_has_are_a_setting() {
        PrinterProfile configured = PrinterProfile.configure("generic-58mm", Map.of("code-pages", "PC858, PC866"));
        assertThat(configured.codePages()).containsExactly(CodePage.PC858, CodePage.PC866);
        assertThat(PrinterProfile.configure("generic-58mm", Map.of("code-page", "PC850")).codePages())
                .containsExactly(CodePage.PC850);
        assertThat(PAPER.withColumns(42).codePages()).as("kept by the other settings").isEqualTo(PAPER.codePages());
    }

    @Test
    void tickets_in_ukrainian_and_arabic_fit_the_byte_budget() {
        Receipt ukrainian = Receipt.builder().align(Align.CENTER).text("Tervon kirjasto").text("Цифрова допомога")
                .text("Ваш номер у черзі").size(TextSize.HUGE).bold(true).text("A042").size(TextSize.NORMAL)
                .bold(false).text("Отримано 03.12.2026 о 10:15").text("Перед вами: 3")
                .text("Зачекайте, доки викличуть ваш номер.").cut().build();
        Receipt arabic = Receipt.builder().align(Align.CENTER).text("Tervon kirjasto").text("الدعم الرقمي")
                .text("رقمك في الدور").size(TextSize.HUGE).bold(true).text("A042").size(TextSize.NORMAL)
                .bold(false).text("أُخذ في 3/12/2026 الساعة 10:15").text("عدد من أمامك: 3")
                .text("يرجى الانتظار حتى يُنادى على رقمك.").cut().build();
        assertThat(encode(PAPER, ukrainian).length).isLessThanOrEqualTo(400);
        assertThat(encode(PAPER, arabic).length).isLessThanOrEqualTo(600);
        assertThat(encode(PAPER.withOtherCodePages(List.of()), arabic).length).as("as pictures of its lines")
                .isLessThanOrEqualTo(6000);
        assertThat(new EscPosTextRenderer(PAPER.columns()).render(encode(PAPER, arabic))).doesNotContain("?");
    }
}
