package fi.palvelupiste.hardware.escpos;

import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.ReceiptElement;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.hardware.receipt.TextStyle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static fi.palvelupiste.hardware.escpos.EscPos.ESC;
import static fi.palvelupiste.hardware.escpos.EscPos.FS;
import static fi.palvelupiste.hardware.escpos.EscPos.GS;
import static fi.palvelupiste.hardware.escpos.EscPos.LF;

/**
 * Encodes a {@link Receipt} as ESC/POS bytes for one printer profile. Text and native commands only
 * ({@code GS ( k} QR, {@code FS p} stored logo), a style command only when the style changes: the serial line is
 * slow. The one exception is a QR code on a printer that cannot draw one: then a small raster image of just the
 * symbol ({@code GS v 0}).
 */
public final class EscPosEncoder {

    /** Lines fed before tearing off on a printer without a cutter, so the last text clears the tear bar. */
    static final int TEAR_OFF_FEED = 4;
    /** The NV bit image number the installer stores the site logo under. */
    public static final int NV_LOGO_NUMBER = 1;

    private final PrinterProfile profile;

    public EscPosEncoder(PrinterProfile profile) {
        this.profile = profile;
    }

    public byte[] encode(Receipt receipt) {
        Output out = new Output();
        out.command(ESC, EscPos.INITIALIZE);
        out.command(ESC, EscPos.CODE_TABLE, profile.codePage().escPosNumber());
        out.page = profile.codePage();
        for (ReceiptElement element : receipt.elements()) {
            switch (element) {
                case ReceiptElement.Text text -> writeText(out, text);
                case ReceiptElement.Rule rule -> writeRule(out);
                case ReceiptElement.Feed feed -> out.command(ESC, EscPos.FEED_LINES, feed.lines());
                case ReceiptElement.Cut cut -> writeCut(out);
                case ReceiptElement.QrCode qr -> writeQr(out, qr.data());
                case ReceiptElement.Logo logo -> writeLogo(out);
            }
        }
        return out.toByteArray();
    }

    /**
     * Each paragraph in the printer's table that has all its letters (the one in use if it does, so that a slip in
     * one language switches never), Arabic shaped and in visual order, right-aligned where it would be left-aligned.
     * A paragraph whose letters no table has goes as a small raster image per line ({@link TextRaster}).
     */
    private void writeText(Output out, ReceiptElement.Text text) {
        int width = Math.max(1, profile.columns() / text.style().size().widthFactor());
        for (String paragraph : text.text().split("\\R", -1)) {
            CodePage page = pageFor(paragraph, out.page);
            boolean rightToLeft = ArabicText.rightToLeft(paragraph);
            out.style(rightToLeft && text.style().align() == Align.LEFT ? text.style().withAlign(Align.RIGHT)
                    : text.style());
            if (printsAsPicture(paragraph)) {
                // no table has this script: the paragraph's lines as small pictures, the rest of the slip as text
                TextRaster.lines(paragraph, text.style(), profile.dotWidth()).forEach(out::write);
                continue;
            }
            if (!rightToLeft && PrinterText.missing(paragraph, page) > 0) {
                writeMixed(out, paragraph, width);
                continue;
            }
            out.codePage(page);
            String printable = PrinterText.sanitize(ArabicText.shaped(paragraph, page), page);
            for (String line : TextWrapper.wrap(printable, width)) {
                out.write(ArabicText.visual(line).getBytes(page.charset()));
                out.write(LF);
            }
        }
    }

    /**
     * Whether this printer prints the paragraph (one line of a text, no line break) as a picture: no table of its
     * keeps every letter of the paragraph, so the text raster draws it ({@link TextRaster}).
     */
    public boolean printsAsPicture(String paragraph) {
        return profile.codePages().stream().allMatch(page -> losesLetters(paragraph, page));
    }

    private static boolean losesLetters(String paragraph, CodePage page) {
        return PrinterText.losesLetters(ArabicText.shaped(paragraph, page), page);
    }

    /**
     * A paragraph no one table has all the letters of ("Візьміть із собою: henkilökortti"): each letter in the first
     * table that has it, switching within the line, so that neither script loses its letters.
     */
    private void writeMixed(Output out, String paragraph, int width) {
        StringBuilder printable = new StringBuilder();
        paragraph.codePoints().forEach(cp -> printable.append(printableAnywhere(cp, out.page)));
        for (String line : TextWrapper.wrap(printable.toString(), width)) {
            for (char c : line.toCharArray()) {
                if (!out.page.charset().newEncoder().canEncode(c)) {
                    profile.codePages().stream().filter(page -> page.charset().newEncoder().canEncode(c)).findFirst()
                            .ifPresent(out::codePage);
                }
                out.write(String.valueOf(c).getBytes(out.page.charset()));
            }
            out.write(LF);
        }
    }

    /** One character as some table of the printer prints it, the one in use first; else as the one in use would. */
    private String printableAnywhere(int cp, CodePage current) {
        String text = new String(Character.toChars(cp));
        if (PrinterText.missing(text, current) == 0) {
            return PrinterText.sanitize(text, current);
        }
        for (CodePage page : profile.codePages()) {
            if (PrinterText.missing(text, page) == 0) {
                return PrinterText.sanitize(text, page);
            }
        }
        return PrinterText.sanitize(text, current);
    }

    /**
     * The table with every letter of the text: the current one first, then the printer's in its order; else one
     * that keeps every letter (losing only accents) and lacks the fewest; else the one that lacks the fewest.
     */
    private CodePage pageFor(String text, CodePage current) {
        CodePage best = current;
        int worst = rank(text, current);
        for (CodePage page : profile.codePages()) {
            if (worst == 0) {
                break;
            }
            int rank = rank(text, page);
            if (rank < worst) {
                best = page;
                worst = rank;
            }
        }
        return best;
    }

    /** 0 for a table with every letter of the text; a table that loses a letter ranks after every one that does not. */
    private static int rank(String text, CodePage page) {
        int missing = PrinterText.missing(ArabicText.shaped(text, page), page);
        return missing == 0 ? 0 : losesLetters(text, page) ? Integer.MAX_VALUE / 2 + missing : missing;
    }

    private void writeRule(Output out) {
        out.style(TextStyle.PLAIN);
        Charset charset = out.page.charset();
        String dash = charset.newEncoder().canEncode('─') ? "─" : "-";
        out.write(dash.repeat(profile.columns()).getBytes(charset));
        out.write(LF);
    }

    private void writeCut(Output out) {
        if (profile.cutter()) {
            out.command(GS, EscPos.CUT, EscPos.CUT_FEED_AND_PARTIAL, 0);
        } else {
            out.command(ESC, EscPos.FEED_LINES, TEAR_OFF_FEED);
        }
    }

    /** A blank line above and below for the quiet zone; centred; native where the printer can draw it. */
    private void writeQr(Output out, String data) {
        out.style(TextStyle.PLAIN.withAlign(Align.CENTER));
        out.write(LF);
        QrSymbol symbol = QrSymbol.encode(data);
        int moduleDots = symbol.moduleDots(profile.dotWidth());
        if (profile.nativeQr()) {
            byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
            qrFunction(out, EscPos.QR_FN_MODEL, EscPos.QR_MODEL_2, 0);
            qrFunction(out, EscPos.QR_FN_MODULE_SIZE, moduleDots);
            qrFunction(out, EscPos.QR_FN_ERROR_CORRECTION, EscPos.QR_ERROR_CORRECTION_M);
            int length = bytes.length + 3;
            out.command(GS, EscPos.SYMBOL, EscPos.SYMBOL_K, length & 0xFF, length >> 8,
                    EscPos.QR_CN, EscPos.QR_FN_STORE, 48);
            out.write(bytes);
            qrFunction(out, EscPos.QR_FN_PRINT, 48);
        } else {
            out.write(rasterImage(symbol, moduleDots));
        }
        out.write(LF);
    }

    private static void qrFunction(Output out, int function, int... parameters) {
        int length = parameters.length + 2;
        out.command(GS, EscPos.SYMBOL, EscPos.SYMBOL_K, length & 0xFF, length >> 8, EscPos.QR_CN, function);
        out.command(parameters);
    }

    /** {@code GS v 0 0 xL xH yL yH} and the rows of the symbol only (no margins): ESC a centres it. */
    static byte[] rasterImage(QrSymbol symbol, int moduleDots) {
        int dots = symbol.modules() * moduleDots;
        int rowBytes = (dots + 7) / 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + rowBytes * dots);
        out.writeBytes(new byte[] {GS, EscPos.RASTER, EscPos.RASTER_0, 0,
            (byte) (rowBytes & 0xFF), (byte) (rowBytes >> 8), (byte) (dots & 0xFF), (byte) (dots >> 8)});
        byte[] row = new byte[rowBytes];
        for (int y = 0; y < dots; y++) {
            java.util.Arrays.fill(row, (byte) 0);
            for (int x = 0; x < dots; x++) {
                if (symbol.dark(x / moduleDots, y / moduleDots)) {
                    row[x >> 3] |= (byte) (0x80 >> (x & 7));
                }
            }
            out.writeBytes(row);
        }
        return out.toByteArray();
    }

    private void writeLogo(Output out) {
        if (!profile.nvLogo()) {
            return;
        }
        out.style(TextStyle.PLAIN.withAlign(Align.CENTER));
        out.command(FS, EscPos.NV_IMAGE, NV_LOGO_NUMBER, 0);
    }

    /** Byte output that remembers the printer's current style, to send only what changes. */
    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private Align align = Align.LEFT;
        private boolean bold;
        private boolean underline;
        private TextSize size = TextSize.NORMAL;
        private CodePage page;

        void codePage(CodePage wanted) {
            if (wanted != page) {
                page = wanted;
                command(ESC, EscPos.CODE_TABLE, wanted.escPosNumber());
            }
        }

        void command(int... values) {
            for (int value : values) {
                bytes.write(value);
            }
        }

        void write(byte[] data) {
            bytes.writeBytes(data);
        }

        void write(int value) {
            bytes.write(value);
        }

        void style(TextStyle style) {
            if (style.align() != align) {
                align = style.align();
                command(ESC, EscPos.JUSTIFY, align.ordinal());
            }
            if (style.bold() != bold) {
                bold = style.bold();
                command(ESC, EscPos.EMPHASIZE, bold ? 1 : 0);
            }
            if (style.underline() != underline) {
                underline = style.underline();
                command(ESC, EscPos.UNDERLINE, underline ? 1 : 0);
            }
            if (style.size() != size) {
                size = style.size();
                command(GS, EscPos.CHARACTER_SIZE, ((size.widthFactor() - 1) << 4) | (size.heightFactor() - 1));
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
