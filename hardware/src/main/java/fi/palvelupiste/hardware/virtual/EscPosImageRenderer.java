package fi.palvelupiste.hardware.virtual;

import fi.palvelupiste.hardware.escpos.QrSymbol;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws ESC/POS bytes as the paper would look, one dot per pixel (384 px wide for 58 mm, 576 px for 80 mm):
 * font A cells of 12 × 24 dots magnified by {@code GS !}, bold, underline, justification, rules (box-drawing
 * characters), a dashed cut mark, QR codes from {@code GS ( k} (drawn from the stored data) or {@code GS v 0}
 * rasters, and a placeholder box for the NV logo (its picture lives in the printer only). Headless AWT.
 */
public final class EscPosImageRenderer {

    static final int CELL_WIDTH = 12;
    static final int CELL_HEIGHT = 24;
    /** Default line spacing 1/6 inch: 30 dots per font-A line. */
    static final int LINE_SPACING = 6;
    static final int MARGIN = 8;
    private static final int LOGO_WIDTH = 192;
    private static final int LOGO_HEIGHT = 64;

    private final int dotWidth;

    public EscPosImageRenderer(int dotWidth) {
        if (dotWidth < 64 || dotWidth > 4096) {
            throw new IllegalArgumentException("dot width must be 64..4096, was " + dotWidth);
        }
        this.dotWidth = dotWidth;
    }

    public BufferedImage render(byte[] escPos) {
        Paper paper = new Paper();
        EscPosParser.parse(escPos, paper);
        return paper.finish();
    }

    public byte[] renderPng(byte[] escPos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(escPos), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Glyph(char c, int widthFactor, int heightFactor, boolean bold, int underline) {
    }

    private final class Paper implements EscPosParser.Handler {
        private BufferedImage canvas = blank(dotWidth, 1024);
        private int y = MARGIN;
        private final List<Glyph> line = new ArrayList<>();
        private int align;
        private boolean bold;
        private int underline;
        private int widthFactor = 1;
        private int heightFactor = 1;

        @Override
        public void initialize() {
            align = 0;
            bold = false;
            underline = 0;
            widthFactor = 1;
            heightFactor = 1;
        }

        @Override
        public void justify(int newAlign) {
            align = newAlign;
        }

        @Override
        public void bold(boolean on) {
            bold = on;
        }

        @Override
        public void underline(int dots) {
            underline = Math.min(2, dots);
        }

        @Override
        public void size(int newWidthFactor, int newHeightFactor) {
            widthFactor = newWidthFactor;
            heightFactor = newHeightFactor;
        }

        @Override
        public void character(char c) {
            line.add(new Glyph(c, widthFactor, heightFactor, bold, underline));
        }

        @Override
        public void strayControl(int b) {
            character('·');
        }

        @Override
        public void lineFeed() {
            printLine();
        }

        @Override
        public void feedLines(int lines) {
            int n = lines;
            if (!line.isEmpty()) {
                printLine();
                n = Math.max(0, n - 1);
            }
            y += n * (CELL_HEIGHT + LINE_SPACING);
        }

        @Override
        public void cut() {
            flushPending();
            y += 6;
            ensure(y + 20);
            Graphics2D g = graphics();
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0));
            g.drawLine(0, y + 8, dotWidth - 1, y + 8);
            g.dispose();
            y += 20;
        }

        @Override
        public void qrCode(byte[] data, int moduleDots, int errorCorrection) {
            flushPending();
            QrSymbol symbol = QrSymbol.encode(new String(data, StandardCharsets.UTF_8));
            int size = symbol.modules() * moduleDots;
            int left = alignedLeft(size);
            ensure(y + size);
            Graphics2D g = graphics();
            for (int my = 0; my < symbol.modules(); my++) {
                for (int mx = 0; mx < symbol.modules(); mx++) {
                    if (symbol.dark(mx, my)) {
                        g.fillRect(left + mx * moduleDots, y + my * moduleDots, moduleDots, moduleDots);
                    }
                }
            }
            g.dispose();
            y += size;
        }

        @Override
        public void rasterImage(int widthBytes, int heightDots, byte[] data, int mode) {
            flushPending();
            int xScale = (mode % 48 == 1 || mode % 48 == 3) ? 2 : 1;
            int yScale = (mode % 48 == 2 || mode % 48 == 3) ? 2 : 1;
            int width = widthBytes * 8 * xScale;
            int height = heightDots * yScale;
            int left = alignedLeft(width);
            ensure(y + height);
            Graphics2D g = graphics();
            for (int row = 0; row < heightDots; row++) {
                for (int x = 0; x < widthBytes * 8; x++) {
                    if ((data[row * widthBytes + (x >> 3)] & (0x80 >> (x & 7))) != 0) {
                        g.fillRect(left + x * xScale, y + row * yScale, xScale, yScale);
                    }
                }
            }
            g.dispose();
            y += height;
        }

        @Override
        public void nvImage(int number, int mode) {
            flushPending();
            int left = alignedLeft(LOGO_WIDTH);
            ensure(y + LOGO_HEIGHT);
            Graphics2D g = graphics();
            g.drawRect(left, y, LOGO_WIDTH - 1, LOGO_HEIGHT - 1);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 20));
            String label = "LOGO #" + number;
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(label, left + (LOGO_WIDTH - metrics.stringWidth(label)) / 2, y + LOGO_HEIGHT / 2 + 7);
            g.dispose();
            y += LOGO_HEIGHT;
        }

        private void flushPending() {
            if (!line.isEmpty()) {
                printLine();
            }
        }

        private int alignedLeft(int width) {
            return switch (align) {
                case 1 -> Math.max(0, (dotWidth - width) / 2);
                case 2 -> Math.max(0, dotWidth - width);
                default -> 0;
            };
        }

        /** Prints the line buffer like LF does: the tallest character sets the line height. */
        private void printLine() {
            int width = 0;
            int height = CELL_HEIGHT;
            for (Glyph glyph : line) {
                width += CELL_WIDTH * glyph.widthFactor();
                height = Math.max(height, CELL_HEIGHT * glyph.heightFactor());
            }
            ensure(y + height + LINE_SPACING);
            int x = alignedLeft(width);
            Graphics2D g = graphics();
            Font plain = new Font(Font.MONOSPACED, Font.PLAIN, 20);
            Font boldFont = plain.deriveFont(Font.BOLD);
            for (Glyph glyph : line) {
                int cellWidth = CELL_WIDTH * glyph.widthFactor();
                int cellHeight = CELL_HEIGHT * glyph.heightFactor();
                int top = y + height - cellHeight;
                if (x + cellWidth <= dotWidth && glyph.c() != ' ') {
                    Graphics2D cell = (Graphics2D) g.create();
                    cell.translate(x, top);
                    cell.scale(glyph.widthFactor(), glyph.heightFactor());
                    cell.setFont(glyph.bold() ? boldFont : plain);
                    cell.drawString(String.valueOf(glyph.c()), 0, 19);
                    if (glyph.bold()) {
                        cell.drawString(String.valueOf(glyph.c()), 1, 19);
                    }
                    cell.dispose();
                }
                if (glyph.underline() > 0 && x < dotWidth) {
                    g.fillRect(x, y + height - glyph.underline(), Math.min(cellWidth, dotWidth - x), glyph.underline());
                }
                x += cellWidth;
            }
            g.dispose();
            y += height + LINE_SPACING;
            line.clear();
        }

        private Graphics2D graphics() {
            Graphics2D g = canvas.createGraphics();
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            return g;
        }

        private void ensure(int bottom) {
            if (bottom + MARGIN <= canvas.getHeight()) {
                return;
            }
            BufferedImage bigger = blank(dotWidth, Math.max(canvas.getHeight() * 2, bottom + MARGIN + 256));
            Graphics2D g = bigger.createGraphics();
            g.drawImage(canvas, 0, 0, null);
            g.dispose();
            canvas = bigger;
        }

        BufferedImage finish() {
            flushPending();
            int height = Math.max(y + MARGIN, 2 * MARGIN);
            ensure(height);
            BufferedImage result = blank(dotWidth, height);
            Graphics2D g = result.createGraphics();
            g.drawImage(canvas.getSubimage(0, 0, dotWidth, height), 0, 0, null);
            g.dispose();
            return result;
        }
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
