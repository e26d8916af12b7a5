package fi.palvelupiste.hardware.serial;

import fi.palvelupiste.hardware.printer.PrinterStatus;

/**
 * The answers to {@code DLE EOT n} (Epson ESC/POS "transmit real-time status"), read into a {@link PrinterStatus}.
 * Every answer byte has bit 1 and bit 4 on and bits 0 and 7 off ({@code 0b0xx1_xx10}); anything else is not an
 * answer.
 * <ul>
 * <li>n = 1 printer status: bit 3 offline.</li>
 * <li>n = 2 offline cause: bit 2 cover open, bit 3 paper being fed by the button, bit 5 printing stopped by
 * paper end, bit 6 error.</li>
 * <li>n = 4 roll paper sensor: bits 2-3 near end, bits 5-6 paper not present.</li>
 * </ul>
 */
public final class RealTimeStatus {

    public static final int OFFLINE = 1 << 3;
    public static final int COVER_OPEN = 1 << 2;
    public static final int FEED_BUTTON = 1 << 3;
    public static final int PAPER_END_STOP = 1 << 5;
    public static final int ERROR = 1 << 6;
    public static final int NEAR_END = 0b0000_1100;
    public static final int PAPER_OUT = 0b0110_0000;
    /** An answer with no bit set but the fixed ones. */
    public static final int FIXED = 0b0001_0010;

    private RealTimeStatus() {
    }

    /** Whether a byte has the fixed bits of a real-time status answer. */
    public static boolean isAnswer(int b) {
        return (b & 0b1001_0011) == FIXED;
    }

    /**
     * The status from the three answers.
     *
     * @param printer      answer to n = 1
     * @param offlineCause answer to n = 2, or -1 when not asked (the printer was online)
     * @param paper        answer to n = 4, or -1 when not asked or not answered
     */
    public static PrinterStatus interpret(int printer, int offlineCause, int paper) {
        boolean paperOut = paper >= 0 && (paper & PAPER_OUT) != 0;
        boolean nearEnd = paper >= 0 && (paper & NEAR_END) != 0;
        if ((printer & OFFLINE) != 0) {
            if (offlineCause >= 0 && (offlineCause & COVER_OPEN) != 0) {
                return PrinterStatus.COVER_OPEN;
            }
            if (paperOut || (offlineCause >= 0 && (offlineCause & PAPER_END_STOP) != 0)) {
                return PrinterStatus.PAPER_OUT;
            }
            return PrinterStatus.OFFLINE;
        }
        if (paperOut) {
            return PrinterStatus.PAPER_OUT;
        }
        return nearEnd ? PrinterStatus.PAPER_NEAR_END : PrinterStatus.READY;
    }
}
