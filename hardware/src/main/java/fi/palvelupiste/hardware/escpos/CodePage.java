package fi.palvelupiste.hardware.escpos;

import java.nio.charset.Charset;

/**
 * A printer character table: the number sent with {@code ESC t n} (Epson's numbering, which most ESC/POS printers
 * follow) and the Java charset that matches it.
 */
public enum CodePage {
    /** Western European with the euro sign: å ä ö Å Ä Ö €. The default for Finnish and Swedish text. */
    PC858(19, "IBM00858"),
    PC850(2, "IBM850"),
    PC437(0, "IBM437"),
    WPC1252(16, "windows-1252"),
    /** Cyrillic (DOS): Russian; lacks the Ukrainian і ї є ґ. */
    PC866(17, "IBM866"),
    /** Cyrillic (Windows): Russian, Ukrainian (і ї є ґ), Belarusian. */
    WPC1251(46, "windows-1251"),
    /** Baltic (Windows): Estonian õ ü š ž, Latvian, Lithuanian. */
    WPC1257(51, "windows-1257"),
    /**
     * Arabic (DOS): the letters' shaped forms (isolated, initial, final), so text is sent shaped and in visual
     * order, as the printer draws each byte as it comes.
     */
    PC864(37, "IBM864", true),
    /** Arabic (Windows): the letters only, unshaped; sent in visual order. */
    WPC1256(50, "windows-1256");

    private final int escPosNumber;
    private final String charsetName;
    private final boolean shapedArabic;

    CodePage(int escPosNumber, String charsetName) {
        this(escPosNumber, charsetName, false);
    }

    CodePage(int escPosNumber, String charsetName, boolean shapedArabic) {
        this.escPosNumber = escPosNumber;
        this.charsetName = charsetName;
        this.shapedArabic = shapedArabic;
    }

    /** Whether Arabic is sent in its shaped presentation forms (the table holds those, not the letters). */
    public boolean shapedArabic() {
        return shapedArabic;
    }

    public int escPosNumber() {
        return escPosNumber;
    }

    public Charset charset() {
        return Charset.forName(charsetName);
    }

    public static CodePage byEscPosNumber(int number) {
        for (CodePage page : values()) {
            if (page.escPosNumber == number) {
                return page;
            }
        }
        throw new IllegalArgumentException("unsupported ESC t code page " + number);
    }
}
