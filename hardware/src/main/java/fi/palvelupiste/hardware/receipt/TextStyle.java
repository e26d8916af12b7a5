package fi.palvelupiste.hardware.receipt;

import java.util.Objects;

/** How a run of text looks on paper. */
public record TextStyle(TextSize size, boolean bold, boolean underline, Align align) {

    public static final TextStyle PLAIN = new TextStyle(TextSize.NORMAL, false, false, Align.LEFT);

    public TextStyle {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(align, "align");
    }

    public TextStyle withSize(TextSize newSize) {
        return new TextStyle(newSize, bold, underline, align);
    }

    public TextStyle withBold(boolean newBold) {
        return new TextStyle(size, newBold, underline, align);
    }

    public TextStyle withUnderline(boolean newUnderline) {
        return new TextStyle(size, bold, newUnderline, align);
    }

    public TextStyle withAlign(Align newAlign) {
        return new TextStyle(size, bold, underline, newAlign);
    }
}
