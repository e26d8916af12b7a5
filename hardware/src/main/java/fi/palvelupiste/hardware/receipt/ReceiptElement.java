package fi.palvelupiste.hardware.receipt;

import java.util.Objects;

/** One element of a printed slip. Printer-independent: the encoder decides the bytes. */
public sealed interface ReceiptElement {

    /** A paragraph of text; the encoder wraps it to the paper width at word boundaries. */
    record Text(String text, TextStyle style) implements ReceiptElement {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /** A horizontal line across the paper. */
    record Rule() implements ReceiptElement {
    }

    /** Empty lines of paper. */
    record Feed(int lines) implements ReceiptElement {
        public Feed {
            if (lines < 1 || lines > 255) {
                throw new IllegalArgumentException("feed lines must be 1..255, was " + lines);
            }
        }
    }

    /** End of the slip: cut where the printer has a cutter, otherwise room to tear it off. */
    record Cut() implements ReceiptElement {
    }

    /**
     * A QR code, centred: drawn by the printer itself ({@code GS ( k}) where the profile says it can, otherwise
     * sent as a small raster image. The data is kept short (a URL or a reference code): at most
     * {@value #MAX_BYTES} bytes in UTF-8.
     */
    record QrCode(String data) implements ReceiptElement {
        public static final int MAX_BYTES = 700;

        public QrCode {
            Objects.requireNonNull(data, "data");
            if (data.isEmpty()) {
                throw new IllegalArgumentException("QR data must not be empty");
            }
            int bytes = data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > MAX_BYTES) {
                throw new IllegalArgumentException("QR data must be at most " + MAX_BYTES + " bytes, was " + bytes);
            }
        }
    }

    /**
     * The site logo, centred, printed from the printer's NV memory where the installer stored it; left out on a
     * printer whose profile has no stored logo. Never sent as an image over the serial line.
     */
    record Logo() implements ReceiptElement {
    }
}
