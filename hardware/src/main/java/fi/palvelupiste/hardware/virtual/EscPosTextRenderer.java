package fi.palvelupiste.hardware.virtual;

import java.nio.charset.StandardCharsets;

/**
 * Reads ESC/POS bytes back into the text a person would see on the paper: lines aligned in the paper's columns
 * (double-width text takes double room), bold and size dropped, a cut shown as a scissors line, a QR code as
 * {@code [QR]} and its text, the stored logo as {@code [logo]}. Unknown commands are skipped by their known lengths;
 * stray control bytes are shown as {@code ·}.
 */
public final class EscPosTextRenderer {

    public static final String CUT_LINE = "- - - - ✂ - - - -";
    public static final String LOGO_LINE = "[logo]";
    public static final String QR_MARK = "[QR]";

    private final int columns;

    public EscPosTextRenderer(int columns) {
        this.columns = columns;
    }

    public String render(byte[] bytes) {
        TextPaper paper = new TextPaper();
        EscPosParser.parse(bytes, paper);
        if (!paper.line.isEmpty()) {
            paper.endLine();
        }
        return paper.out.toString();
    }

    private final class TextPaper implements EscPosParser.Handler {
        final StringBuilder out = new StringBuilder();
        final StringBuilder line = new StringBuilder();
        int align;
        int widthFactor = 1;

        @Override
        public void initialize() {
            align = 0;
            widthFactor = 1;
        }

        @Override
        public void justify(int newAlign) {
            align = newAlign;
        }

        @Override
        public void size(int newWidthFactor, int heightFactor) {
            widthFactor = newWidthFactor;
        }

        @Override
        public void character(char c) {
            line.append(c);
        }

        @Override
        public void strayControl(int b) {
            line.append('·');
        }

        @Override
        public void lineFeed() {
            endLine();
        }

        @Override
        public void feedLines(int lines) {
            int n = lines;
            if (!line.isEmpty()) {
                endLine();
                n = Math.max(0, n - 1);
            }
            for (int i = 0; i < n; i++) {
                endLine();
            }
        }

        @Override
        public void cut() {
            if (!line.isEmpty()) {
                endLine();
            }
            out.append(CUT_LINE).append('\n');
        }

        @Override
        public void qrCode(byte[] data, int moduleDots, int errorCorrection) {
            qrText(new String(data, StandardCharsets.UTF_8));
        }

        @Override
        public void rasterImage(int widthBytes, int heightDots, byte[] data, int mode) {
            String text = QrImages.decode(QrImages.rasterToImage(widthBytes, heightDots, data, 16))
                    .orElse(null);
            if (text != null) {
                qrText(text);
            } else {
                block("[image " + widthBytes * 8 + "x" + heightDots + "]");
            }
        }

        @Override
        public void nvImage(int number, int mode) {
            block(LOGO_LINE);
        }

        /** "[QR]" where the symbol is, then its text from the left margin, cut at the paper width. */
        private void qrText(String text) {
            block(QR_MARK);
            int[] codePoints = text.codePoints().map(cp -> Character.isISOControl(cp) ? '·' : cp).toArray();
            for (int from = 0; from < codePoints.length; from += columns) {
                out.append(new String(codePoints, from, Math.min(columns, codePoints.length - from))).append('\n');
            }
        }

        private void block(String text) {
            if (!line.isEmpty()) {
                endLine();
            }
            line.append(text.length() > columns ? text.substring(0, columns) : text);
            endLine(1);
        }

        void endLine() {
            endLine(widthFactor);
        }

        void endLine(int factor) {
            String text = line.toString();
            if (text.isEmpty()) {
                out.append('\n');
                return;
            }
            int used = text.length() * factor;
            int pad = switch (align) {
                case 1 -> Math.max(0, (columns - used) / 2);
                case 2 -> Math.max(0, columns - used);
                default -> 0;
            };
            out.append(" ".repeat(pad)).append(text).append('\n');
            line.setLength(0);
        }
    }
}
