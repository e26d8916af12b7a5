package fi.palvelupiste.hardware.escpos;

/** ESC/POS command bytes used by the encoder and understood by the virtual printer (Epson ESC/POS reference). */
public final class EscPos {
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte LF = 0x0A;

    /** ESC @ — initialise printer. */
    public static final byte INITIALIZE = '@';
    /** ESC t n — select character code table. */
    public static final byte CODE_TABLE = 't';
    /** ESC a n — justification 0 left, 1 centre, 2 right. */
    public static final byte JUSTIFY = 'a';
    /** ESC E n — emphasised (bold) on/off. */
    public static final byte EMPHASIZE = 'E';
    /** ESC - n — underline 0 off, 1 one dot, 2 two dots. */
    public static final byte UNDERLINE = '-';
    /** ESC d n — print and feed n lines. */
    public static final byte FEED_LINES = 'd';
    /** GS ! n — character size: high nibble width-1, low nibble height-1. */
    public static final byte CHARACTER_SIZE = '!';
    /** GS V m n — cut; m = 66 feeds n dots then partial cut. */
    public static final byte CUT = 'V';
    public static final byte CUT_FEED_AND_PARTIAL = 66;

    /** GS ( k pL pH cn fn ... — 2D symbols; cn = 49 is QR Code. */
    public static final byte SYMBOL = '(';
    public static final byte SYMBOL_K = 'k';
    public static final int QR_CN = 49;
    /** Function 165: select the QR model (n1 = 50 model 2). */
    public static final int QR_FN_MODEL = 65;
    /** Function 167: module size in dots. */
    public static final int QR_FN_MODULE_SIZE = 67;
    /** Function 169: error correction level, 48 L, 49 M, 50 Q, 51 H. */
    public static final int QR_FN_ERROR_CORRECTION = 69;
    /** Function 180: store the symbol data (m = 48). */
    public static final int QR_FN_STORE = 80;
    /** Function 181: print the stored symbol (m = 48). */
    public static final int QR_FN_PRINT = 81;
    public static final int QR_MODEL_2 = 50;
    public static final int QR_ERROR_CORRECTION_M = 49;

    /** GS v 0 m xL xH yL yH d... — print a raster bit image, x in bytes per row, y in dot rows. */
    public static final byte RASTER = 'v';
    public static final byte RASTER_0 = '0';

    /** FS p n m — print NV bit image n (stored in the printer by the installer), m = 0 normal size. */
    public static final byte NV_IMAGE = 'p';

    /** DLE EOT n — transmit real-time status: 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor. */
    public static final int STATUS_PRINTER = 1;
    public static final int STATUS_OFFLINE_CAUSE = 2;
    public static final int STATUS_ERROR_CAUSE = 3;
    public static final int STATUS_PAPER = 4;

    private EscPos() {
    }
}
