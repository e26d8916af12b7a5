package fi.palvelupiste.hardware.virtual;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class QrAndPictureTest {

    private static final String URL = "https://palvelupiste.fi/v/7F3K9Q";

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int value : values) {
            out.write(value);
        }
        return out.toByteArray();
    }

    private static Receipt ticketWithQr(String data) {
        return Receipt.builder().align(Align.CENTER).bold(true).size(TextSize.HUGE).text("A001")
                .size(TextSize.NORMAL).bold(false).text("Skannaa:").qr(data).text("Kiitos!").cut().build();
    }

    @Test
    void a_printer_with_native_qr_gets_the_gs_k_function_sequence() {
        byte[] encoded = new EscPosEncoder(PrinterProfile.EPSON_80MM).encode(Receipt.builder().qr("AB").build());
        // GS ( k = 1D 28 6B pL pH cn fn ...; cn 49 = QR Code (Epson ESC/POS reference, functions 165..181)
        assertThat(encoded).containsExactly(bytes(
                0x1B, 0x40, 0x1B, 0x74, 19,
                0x1B, 0x61, 0x01,                                  // centred
                0x0A,                                              // quiet zone above
                0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00, // fn 165: model 2
                0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x06,       // fn 167: module 6 dots (21 modules fit 80 mm)
                0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x31,       // fn 169: error correction M
                0x1D, 0x28, 0x6B, 0x05, 0x00, 0x31, 0x50, 0x30, 'A', 'B', // fn 180: store 2 bytes (pL = 2 + 3)
                0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30,       // fn 181: print
                0x0A));
    }

    @Test
    void a_printer_without_native_qr_gets_a_small_raster_of_the_symbol_only() {
        byte[] encoded = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder().qr(URL).build());
        int start = 5 + 3 + 1;
        // GS v 0 m xL xH yL yH: version 3 = 29 modules × 4 dots = 116 dots = 15 bytes a row, 116 rows
        assertThat(java.util.Arrays.copyOfRange(encoded, start, start + 8))
                .containsExactly(bytes(0x1D, 0x76, 0x30, 0x00, 15, 0, 116, 0));
        assertThat(encoded.length).isEqualTo(start + 8 + 15 * 116 + 1);
        assertThat(encoded.length).as("fits a 58 mm slip budget of about 2 KB").isLessThan(2048);
    }

    @Test
    void native_qr_on_80mm_reads_back_from_the_png_with_zxing() throws Exception {
        assertQrReadsBackFromPicture(PrinterProfile.EPSON_80MM, 576);
    }

    @Test
    void raster_qr_on_58mm_reads_back_from_the_png_with_zxing() throws Exception {
        assertQrReadsBackFromPicture(PrinterProfile.GENERIC_58MM, 384);
    }

    @Test
    void native_qr_on_58mm_with_long_finnish_data_still_fits_and_reads_back() throws Exception {
        String data = "Ajanvaraus: Digituki, torstai 26.11. klo 14.30, Kirjasto Ääneläinen, viite 7F3K9Q-ÅÄÖ "
                + "https://palvelupiste.fi/v/7F3K9Q?kieli=fi&paikka=kirjasto";
        PrinterProfile profile = PrinterProfile.GENERIC_58MM.withNativeQr(true);
        byte[] encoded = new EscPosEncoder(profile).encode(ticketWithQr(data));
        BufferedImage picture = new EscPosImageRenderer(profile.dotWidth()).render(encoded);
        assertThat(QrImages.decode(picture)).contains(data);
        // fn 180 store: 31 50 30 and the data as UTF-8
        assertThat(new String(encoded, StandardCharsets.ISO_8859_1)).contains("1P0" + new String(
                data.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    private void assertQrReadsBackFromPicture(PrinterProfile profile, int width) throws Exception {
        byte[] encoded = new EscPosEncoder(profile).encode(ticketWithQr(URL));
        byte[] png = new EscPosImageRenderer(profile.dotWidth()).renderPng(encoded);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(picture.getWidth()).isEqualTo(width);
        assertThat(QrImages.decode(picture)).contains(URL);
        String text = new EscPosTextRenderer(profile.columns()).render(encoded);
        assertThat(text.substring(text.indexOf("[QR]\n") + 5).replace("\n", "")).startsWith(URL);
    }

    @Test
    void the_picture_shows_text_in_font_a_cells_and_huge_text_four_times_as_big() {
        byte[] normal = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder().text("MMMM").build());
        byte[] huge = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder().size(TextSize.HUGE)
                .text("MMMM").build());
        BufferedImage small = new EscPosImageRenderer(384).render(normal);
        BufferedImage big = new EscPosImageRenderer(384).render(huge);
        assertThat(inkWidth(small)).isBetween(36, 48);
        assertThat(inkWidth(big)).isBetween(4 * 36, 4 * 48);
        assertThat(big.getHeight() - small.getHeight()).isEqualTo(3 * 24);
    }

    @Test
    void centred_text_is_drawn_in_the_middle_and_the_stored_logo_as_a_placeholder() {
        byte[] centred = new EscPosEncoder(PrinterProfile.EPSON_80MM.withNvLogo(true)).encode(Receipt.builder()
                .logo().align(Align.CENTER).text("II").build());
        BufferedImage picture = new EscPosImageRenderer(576).render(centred);
        int[] ink = inkColumns(picture, picture.getHeight() - 40, picture.getHeight() - 8);
        assertThat((ink[0] + ink[1]) / 2).isBetween(288 - 12, 288 + 12);
        assertThat(new EscPosTextRenderer(48).render(centred)).startsWith(" ".repeat(21) + "[logo]\n");
    }

    @Test
    void a_profile_without_a_stored_logo_sends_nothing_for_it() {
        byte[] withoutLogo = new EscPosEncoder(PrinterProfile.EPSON_80MM).encode(Receipt.builder().logo().build());
        assertThat(withoutLogo).containsExactly(bytes(0x1B, 0x40, 0x1B, 0x74, 19));
        byte[] withLogo = new EscPosEncoder(PrinterProfile.EPSON_80MM.withNvLogo(true)).encode(Receipt.builder().logo()
                .build());
        // FS p n m = 1C 70 01 00: print NV bit image 1, normal size
        assertThat(withLogo).containsExactly(bytes(0x1B, 0x40, 0x1B, 0x74, 19, 0x1B, 0x61, 0x01, 0x1C, 0x70, 0x01, 0x00));
    }

    private static int inkWidth(BufferedImage image) {
        int[] ink = inkColumns(image, 0, image.getHeight());
        return ink[1] - ink[0] + 1;
    }

    private static int[] inkColumns(BufferedImage image, int fromY, int toY) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = Math.max(0, fromY); y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }
}
