package fi.palvelupiste.hardware.virtual;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads QR codes back from pictures: from a raster the printer was sent, or from a rendered slip. */
public final class QrImages {

    private QrImages() {
    }

    /** The text of the QR code in the image, if one can be read. */
    public static Optional<String> decode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        RGBLuminanceSource luminance = new RGBLuminanceSource(width, height, pixels);
        // a symbol the encoder drew is perfectly square and upright: read it as such first, then search harder
        for (Map<DecodeHintType, ?> hints : List.of(Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
            try {
                return Optional.of(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)), hints)
                        .getText());
            } catch (NotFoundException | ChecksumException | FormatException e) {
                // try the next way of reading
            }
        }
        return Optional.empty();
    }

    /** A GS v 0 raster as a picture, with a white quiet zone around it so that a reader finds the symbol. */
    static BufferedImage rasterToImage(int widthBytes, int heightDots, byte[] data, int margin) {
        int width = widthBytes * 8;
        BufferedImage image = new BufferedImage(width + 2 * margin, heightDots + 2 * margin,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        for (int y = 0; y < heightDots; y++) {
            for (int x = 0; x < width; x++) {
                if ((data[y * widthBytes + (x >> 3)] & (0x80 >> (x & 7))) != 0) {
                    image.setRGB(x + margin, y + margin, 0);
                }
            }
        }
        return image;
    }
}
