package fi.palvelupiste.hardware.escpos;

import fi.palvelupiste.hardware.receipt.TextStyle;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph in a script none of the printer's tables has (Cyrillic on a Western-only printer, Arabic without
 * PC864): each of its lines drawn as a small raster image ({@code GS v 0}) as wide as its own text, never the whole
 * slip. Java2D shapes and orders the letters (Arabic right to left) with a font that has them, "DejaVu Sans" as
 * Debian and Raspberry Pi OS install it. A line of font A is 24 dots high; sizes and bold follow the style.
 */
final class TextRaster {

    static final String FONT = "DejaVu Sans";
    /** Pixels of the font's em for a normal-size line: its letters about as tall as font A's. */
    private static final float NORMAL_SIZE = 21f;
    private static final FontRenderContext PLAIN = new FontRenderContext(new AffineTransform(), false, false);

    private TextRaster() {
    }

    /**
     * The paragraph's lines, each as {@code GS v 0} bytes, wrapped to {@code dotWidth}; soft hyphens and controls are
     * left out, as the text path leaves them out.
     */
    static List<byte[]> lines(String paragraph, TextStyle style, int dotWidth) {
        Font font = font(style);
        List<byte[]> images = new ArrayList<>();
        String visible = paragraph.codePoints().filter(cp -> cp != 0x00AD && !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        for (String line : wrap(visible.strip(), font, dotWidth)) {
            images.add(raster(line, font, dotWidth));
        }
        return images;
    }

    private static Font font(TextStyle style) {
        int width = style.size().widthFactor();
        int height = style.size().heightFactor();
        Font font = new Font(FONT, style.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont(NORMAL_SIZE * height);
        return width == height ? font : font.deriveFont(AffineTransform.getScaleInstance((double) width / height, 1));
    }

    private static float width(String text, Font font) {
        return text.isEmpty() ? 0 : new TextLayout(text, font, PLAIN).getAdvance();
    }

    /** Lines no wider than the paper, broken between words (a word wider than the paper on a line of its own). */
    static List<String> wrap(String text, Font font, int dotWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer, font) > dotWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] raster(String line, Font font, int dotWidth) {
        TextLayout layout = line.isEmpty() ? null : new TextLayout(line, font, PLAIN);
        int lineHeight = (int) Math.ceil(24 * font.getSize2D() / NORMAL_SIZE);
        int width = layout == null ? 8 : Math.min(dotWidth, ((int) Math.ceil(layout.getAdvance()) + 7) / 8 * 8);
        BufferedImage image = new BufferedImage(width, lineHeight, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, lineHeight);
        if (layout != null) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setColor(Color.BLACK);
            float baseline = (lineHeight + layout.getAscent() - layout.getDescent()) / 2;
            layout.draw(g, 0, baseline);
        }
        g.dispose();
        int rowBytes = width / 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + rowBytes * lineHeight);
        out.writeBytes(new byte[] {EscPos.GS, EscPos.RASTER, EscPos.RASTER_0, 0, (byte) (rowBytes & 0xFF),
            (byte) (rowBytes >> 8), (byte) (lineHeight & 0xFF), (byte) (lineHeight >> 8)});
        for (int y = 0; y < lineHeight; y++) {
            for (int x = 0; x < rowBytes; x++) {
                int bits = 0;
                for (int bit = 0; bit < 8; bit++) {
                    if ((image.getRGB(x * 8 + bit, y) & 0xFFFFFF) == 0) {
                        bits |= 0x80 >> bit;
                    }
                }
                out.write(bits);
            }
        }
        return out.toByteArray();
    }
}
