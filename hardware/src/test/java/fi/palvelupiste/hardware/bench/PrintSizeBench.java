package fi.palvelupiste.hardware.bench;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.hardware.virtual.EscPosImageRenderer;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
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
        ticketsPerLanguage();
    }

    /** A queue ticket's words in one language: site and service, heading, the number, people ahead, taken, a note. */
    record Ticket(String language, String heading, String ahead, String taken, String note, int budget) {
        Receipt receipt() {
            return Receipt.builder().align(Align.CENTER).text("Tervon kirjasto").text("Digituki").rule()
                    .text(heading).size(TextSize.HUGE).bold(true).text("A042").size(TextSize.NORMAL).bold(false)
                    .text(ahead).text(taken).rule().text(note).cut().build();
        }
    }

    static final List<Ticket> TICKETS = List.of(
            new Ticket("fi", "Vuoronumerosi", "Edelläsi jonossa: 3", "Otettu 3.12.2026 klo 10.15",
                    "Odota, kunnes numerosi kutsutaan.", 400),
            new Ticket("sv", "Ditt könummer", "Före dig i kön: 3", "Taget 3.12.2026 kl. 10.15",
                    "Vänta tills ditt nummer ropas upp.", 400),
            new Ticket("en", "Your queue number", "People ahead of you: 3", "Taken 3.12.2026 at 10:15",
                    "Please wait until your number is called.", 400),
            new Ticket("uk", "Ваш номер у черзі", "Перед вами: 3", "Отримано 03.12.2026 о 10:15",
                    "Зачекайте, доки викличуть ваш номер.", 400),
            new Ticket("ru", "Ваш номер в очереди", "Перед вами: 3", "Получен 03.12.2026 в 10:15",
                    "Подождите, пока вызовут ваш номер.", 400),
            new Ticket("ar", "رقمك في الدور", "عدد من أمامك: 3", "أُخذ في 3/12/2026 الساعة 10:15",
                    "يرجى الانتظار حتى يُنادى على رقمك.", 600),
            new Ticket("so", "Lambarkaaga safka", "Dadka hortaada: 3", "La qaatay 3.12.2026 saacadda 10:15",
                    "Fadlan sug ilaa lambarkaaga loo yeero.", 400),
            new Ticket("et", "Teie järjekorranumber", "Teie ees: 3", "Võetud 3.12.2026 kell 10:15",
                    "Palun oodake, kuni teie number kutsutakse. Õie Šmidt", 400));

    /** A row per language and profile: the bytes of its queue ticket, line time, tables used, lines as pictures. */
    static void ticketsPerLanguage() {
        List<PrinterProfile> profiles = List.of(PrinterProfile.GENERIC_58MM,
                PrinterProfile.GENERIC_58MM.withOtherCodePages(List.of()).withDisplayName("PC858 only"),
                PrinterProfile.EPSON_80MM);
        System.out.println();
        System.out.println("== a queue ticket per language (anchor: <= 400 B; Arabic <= 600 B with its table; <= 6000 B with lines as pictures)");
        System.out.println(String.format(Locale.ROOT, "%-4s %-26s %7s %9s %-14s %6s %s", "lang", "profile", "bytes",
                "s@9600", "ESC t tables", "raster", "budget"));
        for (Ticket ticket : TICKETS) {
            for (PrinterProfile profile : profiles) {
                byte[] bytes = new EscPosEncoder(profile).encode(ticket.receipt());
                long lost = rasterLines(bytes);
                String name = profile.otherCodePages().isEmpty() ? profile.id() + " (PC858 only)" : profile.id();
                System.out.println(String.format(Locale.ROOT, "%-4s %-26s %7d %9.3f %-14s %6d %s", ticket.language(),
                        name, bytes.length, seconds(bytes.length, 9600), tables(bytes), lost,
                        bytes.length <= budget(ticket, lost) ? "ok (<= " + budget(ticket, lost) + ")" : "OVER " + budget(ticket, lost)));
            }
        }
    }

    /** With lines as pictures the budget is 6,000 bytes (the issue's figure for an Arabic ticket so printed). */
    private static int budget(Ticket ticket, long rasterLines) {
        return rasterLines > 0 ? 6000 : ticket.budget();
    }

    private static long rasterLines(byte[] bytes) {
        return following(bytes, 0x1D, 'v').stream().filter(n -> n == '0').count();
    }

    private static String tables(byte[] bytes) {
        return String.join(",", following(bytes, 0x1B, 't').stream().map(String::valueOf).toList());
    }

    /** The byte after each two-byte command in the stream: ESC t's table, GS v's '0'. */
    private static List<Integer> following(byte[] bytes, int first, int second) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == first && bytes[i + 1] == second) {
                found.add(bytes[i + 2] & 0xFF);
            }
        }
        return found;
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
