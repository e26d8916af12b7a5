package fi.palvelupiste.hardware.escpos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the encoder and the serial port must know about one printer model: paper width in font-A columns,
 * its character table, whether it can cut, whether it draws QR codes itself ({@code GS ( k}), whether the
 * installer stored the site logo in its NV memory ({@code FS p}), and the serial line settings.
 * Profiles are configuration: pick a shipped one by id and override what differs, e.g.
 * {@code PrinterProfile.byId("generic-58mm").withBaudRate(19200)} or {@link #configure(String, Map)}.
 * {@code statusReplies} says whether the model answers real-time status ({@code DLE EOT}): when it does, a
 * printer that stays silent is switched off or broken (OFFLINE), not merely a model that never answers (UNKNOWN).
 * {@code codePage} is the table sent after {@code ESC @}; {@code otherCodePages} are the other tables the model has,
 * which the encoder switches to line by line for text the first one lacks (Cyrillic, Arabic, Baltic letters).
 */
public record PrinterProfile(String id, String displayName, int columns, CodePage codePage, boolean cutter,
                             boolean nativeQr, boolean nvLogo, int baudRate, FlowControl flowControl,
                             boolean statusReplies, List<CodePage> otherCodePages) {

    /** Font A is 12 dots wide: 32 columns = 384 dots (58 mm), 48 columns = 576 dots (80 mm). */
    public static final int DOTS_PER_COLUMN = 12;

    /**
     * Cheap 58 mm TTL/USB printers (e.g. the ones sold for Raspberry Pi): 32 columns, no cutter, no QR command,
     * 9600 baud without handshake. The common ones answer {@code DLE EOT}; set {@code status-replies=false} for one
     * that does not.
     */
    public static final PrinterProfile GENERIC_58MM = new PrinterProfile("generic-58mm",
            "Generic 58 mm thermal printer", 32, CodePage.PC858, false, false, false, 9600, FlowControl.NONE, true,
            List.of(CodePage.WPC1251, CodePage.PC866, CodePage.WPC1257, CodePage.PC864));

    /**
     * Epson TM-T20/TM-T88 class 80 mm printers: 48 columns, cutter, native QR. Serial models run at up to 38400
     * baud (DIP/memory switch; older TM-T88 leave the factory at 9600) with DTR/DSR or XON/XOFF handshake.
     */
    public static final PrinterProfile EPSON_80MM = new PrinterProfile("epson-80mm",
            "Epson TM-T20/TM-T88 class 80 mm printer", 48, CodePage.PC858, true, true, false, 38400,
            FlowControl.XON_XOFF, true, List.of(CodePage.WPC1251, CodePage.PC866, CodePage.WPC1257, CodePage.PC864,
            CodePage.WPC1256));

    public PrinterProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(codePage, "codePage");
        Objects.requireNonNull(flowControl, "flowControl");
        otherCodePages = List.copyOf(otherCodePages).stream().filter(page -> page != codePage).distinct().toList();
        if (columns < 16 || columns > 96) {
            throw new IllegalArgumentException("columns must be 16..96, was " + columns);
        }
        if (baudRate < 1200 || baudRate > 921_600) {
            throw new IllegalArgumentException("baud rate must be 1200..921600, was " + baudRate);
        }
    }

    /** The original five-value form: no native QR, no NV logo, 9600 baud, no flow control, answers status. */
    public PrinterProfile(String id, String displayName, int columns, CodePage codePage, boolean cutter) {
        this(id, displayName, columns, codePage, cutter, false, false, 9600, FlowControl.NONE, true);
    }

    /** A printer with one character table only. */
    public PrinterProfile(String id, String displayName, int columns, CodePage codePage, boolean cutter,
                          boolean nativeQr, boolean nvLogo, int baudRate, FlowControl flowControl,
                          boolean statusReplies) {
        this(id, displayName, columns, codePage, cutter, nativeQr, nvLogo, baudRate, flowControl, statusReplies,
                List.of());
    }

    /** Every character table of the printer, the one sent after {@code ESC @} first. */
    public List<CodePage> codePages() {
        List<CodePage> all = new ArrayList<>();
        all.add(codePage);
        all.addAll(otherCodePages);
        return all;
    }

    /** The same printer with these tables besides the first one (none: it prints only {@link #codePage}). */
    public PrinterProfile withOtherCodePages(List<CodePage> pages) {
        return new PrinterProfile(id, displayName, columns, codePage, cutter, nativeQr, nvLogo, baudRate, flowControl,
                statusReplies, pages);
    }

    /** A shipped profile by its id, e.g. {@code generic-58mm} or {@code epson-80mm}. */
    public static PrinterProfile byId(String id) {
        for (PrinterProfile profile : new PrinterProfile[] {GENERIC_58MM, EPSON_80MM}) {
            if (profile.id.equals(id)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown printer profile '" + id + "' (known: generic-58mm, epson-80mm)");
    }

    /**
     * A shipped profile with overrides from configuration. Keys (all optional): {@code columns}, {@code code-page}
     * (one table only: PC858, PC850, PC437, WPC1252, …), {@code code-pages} (the tables the printer has, the first
     * sent after {@code ESC @}: e.g. {@code PC858,PC866,WPC1251,WPC1257,PC864}), {@code cutter}, {@code native-qr}, {@code nv-logo}, {@code baud-rate},
     * {@code flow-control} (none, rts-cts, xon-xoff), {@code display-name}, {@code status-replies}. Unknown keys
     * are rejected so that a typo in the kiosk's settings does not pass silently.
     */
    public static PrinterProfile configure(String baseId, Map<String, String> overrides) {
        PrinterProfile profile = byId(baseId);
        for (Map.Entry<String, String> entry : overrides.entrySet()) {
            String value = entry.getValue().trim();
            profile = switch (entry.getKey().trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "columns" -> profile.withColumns(Integer.parseInt(value));
                case "code-page", "codepage" -> profile.withCodePage(CodePage.valueOf(value.toUpperCase(Locale.ROOT)))
                        .withOtherCodePages(List.of());
                case "code-pages", "codepages" -> {
                    List<CodePage> pages = Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty())
                            .map(v -> CodePage.valueOf(v.toUpperCase(Locale.ROOT))).toList();
                    if (pages.isEmpty()) {
                        throw new IllegalArgumentException("code-pages needs at least one code page");
                    }
                    yield profile.withCodePage(pages.getFirst()).withOtherCodePages(pages.subList(1, pages.size()));
                }
                case "cutter" -> profile.withCutter(parseBoolean(entry.getKey(), value));
                case "native-qr" -> profile.withNativeQr(parseBoolean(entry.getKey(), value));
                case "nv-logo" -> profile.withNvLogo(parseBoolean(entry.getKey(), value));
                case "baud-rate", "baud" -> profile.withBaudRate(Integer.parseInt(value));
                case "flow-control" -> profile.withFlowControl(
                        FlowControl.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_')));
                case "display-name" -> profile.withDisplayName(value);
                case "status-replies" -> profile.withStatusReplies(parseBoolean(entry.getKey(), value));
                default -> throw new IllegalArgumentException("unknown printer profile setting '" + entry.getKey()
                        + "' (known: columns, code-page, code-pages, cutter, native-qr, nv-logo, baud-rate, flow-control, "
                        + "display-name, status-replies)");
            };
        }
        return profile;
    }

    private static boolean parseBoolean(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
        };
    }

    /** Printable width in dots (8 dots/mm): 384 for 58 mm paper, 576 for 80 mm. */
    public int dotWidth() {
        return columns * DOTS_PER_COLUMN;
    }

    public PrinterProfile withDisplayName(String newDisplayName) {
        return new PrinterProfile(id, newDisplayName, columns, codePage, cutter, nativeQr, nvLogo, baudRate,
                flowControl, statusReplies, otherCodePages);
    }

    public PrinterProfile withColumns(int newColumns) {
        return new PrinterProfile(id, displayName, newColumns, codePage, cutter, nativeQr, nvLogo, baudRate,
                flowControl, statusReplies, otherCodePages);
    }

    public PrinterProfile withCodePage(CodePage newCodePage) {
        return new PrinterProfile(id, displayName, columns, newCodePage, cutter, nativeQr, nvLogo, baudRate,
                flowControl, statusReplies, otherCodePages);
    }

    public PrinterProfile withCutter(boolean newCutter) {
        return new PrinterProfile(id, displayName, columns, codePage, newCutter, nativeQr, nvLogo, baudRate,
                flowControl, statusReplies, otherCodePages);
    }

    public PrinterProfile withNativeQr(boolean newNativeQr) {
        return new PrinterProfile(id, displayName, columns, codePage, cutter, newNativeQr, nvLogo, baudRate,
                flowControl, statusReplies, otherCodePages);
    }

    public PrinterProfile withNvLogo(boolean newNvLogo) {
        return new PrinterProfile(id, displayName, columns, codePage, cutter, nativeQr, newNvLogo, baudRate,
                flowControl, statusReplies, otherCodePages);
    }

    public PrinterProfile withBaudRate(int newBaudRate) {
        return new PrinterProfile(id, displayName, columns, codePage, cutter, nativeQr, nvLogo, newBaudRate,
                flowControl, statusReplies, otherCodePages);
    }

    public PrinterProfile withFlowControl(FlowControl newFlowControl) {
        return new PrinterProfile(id, displayName, columns, codePage, cutter, nativeQr, nvLogo, baudRate,
                newFlowControl, statusReplies, otherCodePages);
    }

    public PrinterProfile withStatusReplies(boolean newStatusReplies) {
        return new PrinterProfile(id, displayName, columns, codePage, cutter, nativeQr, nvLogo, baudRate, flowControl,
                newStatusReplies, otherCodePages);
    }
}
