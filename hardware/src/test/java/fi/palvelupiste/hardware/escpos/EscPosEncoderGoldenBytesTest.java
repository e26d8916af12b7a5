package fi.palvelupiste.hardware.escpos;

import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.hardware.virtual.EscPosTextRenderer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected bytes are written by hand from the Epson ESC/POS command reference, not produced by the encoder:
 * ESC @ = 1B 40; ESC t n = 1B 74 n (19 = PC858); ESC a n = 1B 61 n; ESC E n = 1B 45 n; ESC - n = 1B 2D n;
 * GS ! n = 1D 21 n (bits 4-6 width-1, bits 0-2 height-1); ESC d n = 1B 64 n; GS V 66 n = 1D 56 42 n; LF = 0A.
 */
class EscPosEncoderGoldenBytesTest {

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int value : values) {
            out.write(value);
        }
        return out.toByteArray();
    }

    private static final Receipt TICKET = Receipt.builder()
            .align(Align.CENTER).bold(true).size(TextSize.HUGE).text("A001")
            .size(TextSize.NORMAL).bold(false).underline(true).align(Align.LEFT).text("Hi")
            .underline(false).align(Align.RIGHT).text("x")
            .feed(2)
            .cut()
            .build();

    @Test
    void a_ticket_for_an_epson_is_initialise_code_table_styles_text_feed_and_partial_cut() {
        byte[] expected = bytes(
                0x1B, 0x40,                         // ESC @ initialise
                0x1B, 0x74, 19,                     // ESC t 19: PC858
                0x1B, 0x61, 0x01,                   // ESC a 1: centre
                0x1B, 0x45, 0x01,                   // ESC E 1: bold on
                0x1D, 0x21, 0x33,                   // GS ! 0x33: 4 × wide, 4 × tall
                'A', '0', '0', '1', 0x0A,
                0x1B, 0x61, 0x00,                   // ESC a 0: left
                0x1B, 0x45, 0x00,                   // ESC E 0: bold off
                0x1B, 0x2D, 0x01,                   // ESC - 1: underline one dot
                0x1D, 0x21, 0x00,                   // GS ! 0: normal size
                'H', 'i', 0x0A,
                0x1B, 0x61, 0x02,                   // ESC a 2: right
                0x1B, 0x2D, 0x00,                   // ESC - 0: underline off
                'x', 0x0A,
                0x1B, 0x64, 0x02,                   // ESC d 2: print and feed two lines
                0x1D, 0x56, 0x42, 0x00);            // GS V 66 0: feed to cut position, partial cut
        assertThat(new EscPosEncoder(PrinterProfile.EPSON_80MM).encode(TICKET)).containsExactly(expected);
    }

    @Test
    void a_printer_without_cutter_gets_four_lines_to_tear_off_instead_of_a_cut() {
        byte[] encoded = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder().text("x").cut()
                .build());
        assertThat(encoded).containsExactly(bytes(0x1B, 0x40, 0x1B, 0x74, 19, 'x', 0x0A, 0x1B, 0x64, 0x04));
    }

    @Test
    void a_rule_is_a_line_of_box_drawing_dashes_across_the_paper_in_plain_style() {
        byte[] encoded = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder()
                .bold(true).text("B").rule().build());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(bytes(0x1B, 0x40, 0x1B, 0x74, 19, 0x1B, 0x45, 0x01, 'B', 0x0A, 0x1B, 0x45, 0x00));
        for (int i = 0; i < 32; i++) {
            expected.write(0xC4); // PC858 0xC4 = U+2500 box drawings light horizontal
        }
        expected.write(0x0A);
        assertThat(encoded).containsExactly(expected.toByteArray());
    }

    @Test
    void unchanged_style_sends_no_command_again() {
        byte[] encoded = new EscPosEncoder(PrinterProfile.EPSON_80MM).encode(Receipt.builder()
                .bold(true).text("a").text("b").build());
        assertThat(encoded).containsExactly(bytes(0x1B, 0x40, 0x1B, 0x74, 19, 0x1B, 0x45, 0x01, 'a', 0x0A, 'b', 0x0A));
    }

    @Test
    void finnish_letters_are_the_pc858_bytes_and_read_back_as_the_same_letters() {
        byte[] encoded = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder().text("åäöÅÄÖ")
                .build());
        assertThat(encoded).containsExactly(bytes(0x1B, 0x40, 0x1B, 0x74, 19,
                0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x0A));
        assertThat(new EscPosTextRenderer(32).render(encoded)).isEqualTo("åäöÅÄÖ\n");
    }

    @Test
    void euro_sign_is_the_pc858_byte_d5() {
        byte[] encoded = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder().text("5 €").build());
        assertThat(encoded).endsWith(bytes('5', ' ', 0xD5, 0x0A));
    }

    @Test
    void huge_text_wraps_at_a_quarter_of_the_columns() {
        byte[] encoded = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder()
                .size(TextSize.HUGE).text("ABCDEFGHIJ").build());
        assertThat(new EscPosTextRenderer(32).render(encoded)).isEqualTo("ABCDEFGH\nIJ\n");
    }

    @Test
    void control_characters_in_user_text_never_reach_the_printer() {
        byte[] encoded = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder()
                .text("a\u001B@b\u001Dc\u0000d\u0007").build());
        assertThat(encoded).containsExactly(bytes(0x1B, 0x40, 0x1B, 0x74, 19, 'a', '@', 'b', 'c', 'd', 0x0A));
    }
}
