package fi.palvelupiste.hardware.virtual;

import fi.palvelupiste.hardware.escpos.CodePage;
import fi.palvelupiste.hardware.escpos.EscPos;

import java.util.Arrays;

/**
 * Reads an ESC/POS byte stream into calls on a {@link Handler}, the way a printer would: the commands the
 * encoder sends, plus the lengths of common others so that they are skipped whole. Both virtual printer renderers
 * (text and PNG) are built on it.
 */
final class EscPosParser {

    /** What a renderer does with each part of the stream. Defaults ignore it. */
    interface Handler {
        default void initialize() {
        }

        default void codePage(CodePage codePage) {
        }

        /** 0 left, 1 centre, 2 right. */
        default void justify(int align) {
        }

        default void bold(boolean on) {
        }

        /** 0 off, 1 or 2 dots thick. */
        default void underline(int dots) {
        }

        default void size(int widthFactor, int heightFactor) {
        }

        /** One printable byte, already decoded in the current code page. */
        default void character(char c) {
        }

        /** A byte below 0x20 (or 0x7F) that is no command: would print as garbage or do something odd. */
        default void strayControl(int b) {
        }

        default void lineFeed() {
        }

        /** ESC d n: print the buffer and feed n lines. */
        default void feedLines(int lines) {
        }

        default void cut() {
        }

        /** GS ( k: QR code printed; data as stored, module size and error correction level 48..51. */
        default void qrCode(byte[] data, int moduleDots, int errorCorrection) {
        }

        /** GS v 0: a raster image, rows of {@code widthBytes} bytes, MSB = leftmost dot, 1 = black. */
        default void rasterImage(int widthBytes, int heightDots, byte[] data, int mode) {
        }

        /** FS p n m: print the NV bit image n stored in the printer. */
        default void nvImage(int number, int mode) {
        }

        /** DLE EOT n and other real-time requests: a query, nothing printed. */
        default void realTimeRequest(int function, int n) {
        }
    }

    private EscPosParser() {
    }

    static void parse(byte[] bytes, Handler handler) {
        State state = new State();
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b == EscPos.ESC && i + 1 < bytes.length) {
                i = esc(bytes, i, handler, state);
            } else if (b == EscPos.GS && i + 1 < bytes.length) {
                i = gs(bytes, i, handler, state);
            } else if (b == EscPos.FS && i + 1 < bytes.length) {
                i = fs(bytes, i, handler);
            } else if (b == EscPos.DLE && i + 2 < bytes.length
                    && (bytes[i + 1] == EscPos.EOT || bytes[i + 1] == 0x05 || bytes[i + 1] == 0x14)) {
                handler.realTimeRequest(bytes[i + 1], bytes[i + 2] & 0xFF);
                i += bytes[i + 1] == 0x14 ? Math.min(bytes.length - i, 5) : 3;
            } else if (b == EscPos.LF) {
                handler.lineFeed();
                i++;
            } else if (b < 0x20 || b == 0x7F) {
                handler.strayControl(b);
                i++;
            } else {
                handler.character(state.decode(b));
                i++;
            }
        }
    }

    private static int arg(byte[] bytes, int index) {
        return index < bytes.length ? bytes[index] & 0xFF : 0;
    }

    private static int esc(byte[] bytes, int i, Handler handler, State state) {
        int command = bytes[i + 1];
        int n = arg(bytes, i + 2);
        switch (command) {
            case EscPos.INITIALIZE -> {
                state.codePage = CodePage.PC437;
                handler.initialize();
                return i + 2;
            }
            case EscPos.CODE_TABLE -> {
                try {
                    state.codePage = CodePage.byEscPosNumber(n);
                    handler.codePage(state.codePage);
                } catch (IllegalArgumentException unsupported) {
                    // a table the virtual printer does not know: keep the current one
                }
            }
            case EscPos.JUSTIFY -> handler.justify(n % 48);
            case EscPos.EMPHASIZE -> handler.bold((n & 1) == 1);
            case EscPos.UNDERLINE -> handler.underline(n % 48);
            case EscPos.FEED_LINES -> handler.feedLines(n);
            case '!' -> { // ESC ! n: print mode; bits 3 bold, 4 double height, 5 double width, 7 underline
                handler.bold((n & 0x08) != 0);
                handler.size((n & 0x20) != 0 ? 2 : 1, (n & 0x10) != 0 ? 2 : 1);
                handler.underline((n & 0x80) != 0 ? 1 : 0);
            }
            case '2', '<' -> {
                return i + 2;
            }
            case '$', '\\' -> {
                return i + 4;
            }
            case '*' -> { // ESC * m nL nH d...: bit image column format
                int m = n;
                int columns = arg(bytes, i + 3) | arg(bytes, i + 4) << 8;
                int bytesPerColumn = (m == 32 || m == 33) ? 3 : 1;
                return Math.min(bytes.length, i + 5 + columns * bytesPerColumn);
            }
            case 'p' -> {
                return i + 5;
            }
            default -> {
                // ESC J, ESC 3, ESC M, ESC c ... and other one-argument commands
            }
        }
        return i + 3;
    }

    private static int gs(byte[] bytes, int i, Handler handler, State state) {
        int command = bytes[i + 1];
        switch (command) {
            case EscPos.CHARACTER_SIZE -> {
                int n = arg(bytes, i + 2);
                handler.size(((n >> 4) & 0x07) + 1, (n & 0x07) + 1);
                return i + 3;
            }
            case EscPos.CUT -> {
                handler.cut();
                int m = arg(bytes, i + 2);
                return (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) ? i + 4 : i + 3;
            }
            case EscPos.SYMBOL -> {
                return symbolCommand(bytes, i, handler, state);
            }
            case '8' -> { // GS 8 L p1 p2 p3 p4 ...: long graphics commands
                long length = arg(bytes, i + 3) | (long) arg(bytes, i + 4) << 8 | (long) arg(bytes, i + 5) << 16
                        | (long) arg(bytes, i + 6) << 24;
                return (int) Math.min(bytes.length, i + 7 + length);
            }
            case EscPos.RASTER -> {
                if (arg(bytes, i + 2) != EscPos.RASTER_0) {
                    return i + 3;
                }
                int mode = arg(bytes, i + 3);
                int widthBytes = arg(bytes, i + 4) | arg(bytes, i + 5) << 8;
                int heightDots = arg(bytes, i + 6) | arg(bytes, i + 7) << 8;
                int start = i + 8;
                int end = (int) Math.min(bytes.length, start + (long) widthBytes * heightDots);
                if (start <= end && end - start == widthBytes * heightDots) {
                    handler.rasterImage(widthBytes, heightDots, Arrays.copyOfRange(bytes, start, end), mode);
                }
                return Math.max(end, Math.min(bytes.length, start));
            }
            case 'k' -> { // GS k m ...: 1D barcode, NUL-terminated (m 0..6) or length-prefixed (m 65..)
                int m = arg(bytes, i + 2);
                if (m <= 6) {
                    int j = i + 3;
                    while (j < bytes.length && bytes[j] != 0) {
                        j++;
                    }
                    return Math.min(bytes.length, j + 1);
                }
                return Math.min(bytes.length, i + 4 + arg(bytes, i + 3));
            }
            case 'B', 'H', 'f', 'h', 'w', 'a', 'r', 'I', 'b' -> {
                return i + 3;
            }
            case 'L', 'W', 'P' -> {
                return i + 4;
            }
            default -> {
                return i + 3;
            }
        }
    }

    /** GS ( x pL pH ...: length-prefixed; GS ( k with cn 49 is QR Code. */
    private static int symbolCommand(byte[] bytes, int i, Handler handler, State state) {
        int kind = arg(bytes, i + 2);
        int length = arg(bytes, i + 3) | arg(bytes, i + 4) << 8;
        int start = i + 5;
        int end = Math.min(bytes.length, start + length);
        if (kind == EscPos.SYMBOL_K && length >= 2 && arg(bytes, start) == EscPos.QR_CN) {
            int function = arg(bytes, start + 1);
            switch (function) {
                case EscPos.QR_FN_MODULE_SIZE -> state.qrModuleDots = Math.max(1, arg(bytes, start + 2));
                case EscPos.QR_FN_ERROR_CORRECTION -> state.qrErrorCorrection = arg(bytes, start + 2);
                case EscPos.QR_FN_STORE -> state.qrData = Arrays.copyOfRange(bytes, Math.min(end, start + 3), end);
                case EscPos.QR_FN_PRINT -> {
                    if (state.qrData.length > 0) {
                        handler.qrCode(state.qrData, state.qrModuleDots, state.qrErrorCorrection);
                    }
                }
                default -> {
                    // model selection and the size/transmit functions change nothing visible here
                }
            }
        }
        return end;
    }

    private static int fs(byte[] bytes, int i, Handler handler) {
        int command = bytes[i + 1];
        if (command == EscPos.NV_IMAGE) {
            handler.nvImage(arg(bytes, i + 2), arg(bytes, i + 3));
            return i + 4;
        }
        if (command == '.' || command == '&') { // cancel / select Kanji mode
            return i + 2;
        }
        return i + 3;
    }

    private static final class State {
        CodePage codePage = CodePage.PC437;
        byte[] qrData = new byte[0];
        int qrModuleDots = 3;
        int qrErrorCorrection = 48;

        char decode(int b) {
            return new String(new byte[] {(byte) b}, codePage.charset()).charAt(0);
        }
    }
}
