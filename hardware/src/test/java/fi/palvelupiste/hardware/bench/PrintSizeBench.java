package fi.palvelupiste.hardware.bench;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.hardware.virtual.EscPosImageRenderer;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Bytes and seconds on the serial line for sample slips, as the encoder sends them (text and native commands)
 * and as a raster image of the same slip (GS v 0 of its picture at the profile's dot width), at 10 bits a byte.
 * Run by {@code bench/print-size}. Add a document to {@link #DOCUMENTS} to measure it too.
 */
public final class PrintSizeBench {

    record Document(String name, Receipt receipt) {
    }

    static final List<Document> DOCUMENTS = List.of(
            new Document("queue-ticket", Receipt.builder()
                    .align(Align.CENTER).text("Kirjasto").text("Digituki")
                    .size(TextSize.HUGE).bold(true).text("A001")
                    .size(TextSize.NORMAL).bold(false).text("23.11.2026 klo 10.15")
                    .text("Edellä jonossa: 3")
                    .cut().build()),
            new Document("booking-with-qr", Receipt.builder()
                    .logo()
                    .align(Align.CENTER).bold(true).size(TextSize.LARGE).text("Kuvauspäivä")
                    .size(TextSize.NORMAL).bold(false).text("to 26.11.2026 klo 14.30")
                    .rule()
                    .align(Align.LEFT).text("Varaus: Matti M., viite 7F3K9Q. Ota mukaan kuvaustodistus, "
                            + "jos sinulla on sellainen. Peruutukset kirjastoon.")
                    .qr("https://palvelupiste.fi/v/7F3K9Q")
                    .cut().build()));

    static final List<PrinterProfile> PROFILES = List.of(PrinterProfile.GENERIC_58MM, PrinterProfile.EPSON_80MM);
    static final int[] BAUD_RATES = {9600, 19200, 115200};
    /** Printers take GS v 0 in bands; 256 rows each (8 header bytes per band). */
    static final int BAND_ROWS = 256;

    private PrintSizeBench() {
    }

    public static void main(String[] args) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s %-13s %8s", "document", "profile",
                "text B"));
        for (int baud : BAUD_RATES) {
            header.append(String.format(Locale.ROOT, " %9s", "s@" + baud));
        }
        header.append(String.format(Locale.ROOT, " | %8s", "raster B"));
        for (int baud : BAUD_RATES) {
            header.append(String.format(Locale.ROOT, " %9s", "s@" + baud));
        }
        header.append(String.format(Locale.ROOT, " | %7s", "ratio"));
        System.out.println(header);
        for (Document document : DOCUMENTS) {
            for (PrinterProfile profile : PROFILES) {
                byte[] text = new EscPosEncoder(profile).encode(document.receipt());
                int raster = rasterBytes(profile, text);
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s %-13s %8d",
                        document.name(), profile.id(), text.length));
                for (int baud : BAUD_RATES) {
                    row.append(String.format(Locale.ROOT, " %9.3f", seconds(text.length, baud)));
                }
                row.append(String.format(Locale.ROOT, " | %8d", raster));
                for (int baud : BAUD_RATES) {
                    row.append(String.format(Locale.ROOT, " %9.3f", seconds(raster, baud)));
                }
                row.append(String.format(Locale.ROOT, " | %6.1fx", (double) raster / text.length));
                System.out.println(row);
            }
        }
    }

    static double seconds(int bytes, int baud) {
        return bytes * 10.0 / baud;
    }

    /** ESC @, the slip's picture as GS v 0 bands of the full dot width, and the same cut or tear-off feed. */
    static int rasterBytes(PrinterProfile profile, byte[] escPos) {
        BufferedImage picture = new EscPosImageRenderer(profile.dotWidth()).render(escPos);
        int rowBytes = profile.dotWidth() / 8;
        int rows = picture.getHeight();
        int bands = (rows + BAND_ROWS - 1) / BAND_ROWS;
        int cut = profile.cutter() ? 4 : 3;
        return 2 + bands * 8 + rowBytes * rows + cut;
    }
}
