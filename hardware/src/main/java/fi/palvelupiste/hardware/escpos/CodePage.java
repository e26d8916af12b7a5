package fi.palvelupiste.hardware.escpos;

import java.nio.charset.Charset;

/** A printer character table: the number sent with {@code ESC t n} and the Java charset that matches it. */
public enum CodePage {
    /** Western European with the euro sign: å ä ö Å Ä Ö €. The default for Finnish and Swedish text. */
    PC858(19, "IBM00858"),
    PC850(2, "IBM850"),
    PC437(0, "IBM437"),
    WPC1252(16, "windows-1252");

    private final int escPosNumber;
    private final String charsetName;

    CodePage(int escPosNumber, String charsetName) {
        this.escPosNumber = escPosNumber;
        this.charsetName = charsetName;
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
