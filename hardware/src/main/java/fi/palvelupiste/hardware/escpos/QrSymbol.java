package fi.palvelupiste.hardware.escpos;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code symbol (model 2, error correction M) made with ZXing: its modules, and the module size in dots
 * that makes it fit the paper. Used for the raster fallback and by the virtual printer.
 */
public final class QrSymbol {

    /** Largest module on 58 mm paper: a typical URL (version 3, 29 modules) is then 116 dots ≈ 14.5 mm. */
    static final int MAX_MODULE_DOTS_58MM = 4;
    static final int MAX_MODULE_DOTS_80MM = 6;
    /** Quiet zone each side, in modules (the QR standard asks for 4). */
    static final int QUIET_ZONE = 4;

    private final ByteMatrix matrix;

    private QrSymbol(ByteMatrix matrix) {
        this.matrix = matrix;
    }

    /**
     * Encodes text; anything beyond ASCII is encoded as UTF-8 with an ECI marker, so that scanners do not have to
     * guess (ISO-8859-1 "Ää" is read as Shift_JIS by some).
     */
    public static QrSymbol encode(String data) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(data);
        Map<EncodeHintType, Object> hints = ascii ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
        try {
            return new QrSymbol(Encoder.encode(data, ErrorCorrectionLevel.M, hints).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + data.length() + " characters", e);
        }
    }

    /** Modules per side (21 for version 1, 4 more for each version). */
    public int modules() {
        return matrix.getWidth();
    }

    public boolean dark(int x, int y) {
        return matrix.get(x, y) == 1;
    }

    /** The module size in dots for a printable width: as large as allowed, with the quiet zone still on paper. */
    public int moduleDots(int dotWidth) {
        int max = dotWidth >= 576 ? MAX_MODULE_DOTS_80MM : MAX_MODULE_DOTS_58MM;
        int fits = dotWidth / (modules() + 2 * QUIET_ZONE);
        return Math.max(1, Math.min(max, fits));
    }
}
