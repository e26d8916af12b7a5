package fi.palvelupiste.hardware.receipt;

/** Character magnification on paper: how many times wider and taller than font A. */
public enum TextSize {
    NORMAL(1, 1),
    TALL(1, 2),
    LARGE(2, 2),
    HUGE(4, 4);

    private final int widthFactor;
    private final int heightFactor;

    TextSize(int widthFactor, int heightFactor) {
        this.widthFactor = widthFactor;
        this.heightFactor = heightFactor;
    }

    public int widthFactor() {
        return widthFactor;
    }

    public int heightFactor() {
        return heightFactor;
    }

    /** The size whose magnification is exactly this, or NORMAL when none matches. */
    public static TextSize of(int widthFactor, int heightFactor) {
        for (TextSize size : values()) {
            if (size.widthFactor == widthFactor && size.heightFactor == heightFactor) {
                return size;
            }
        }
        return NORMAL;
    }
}
