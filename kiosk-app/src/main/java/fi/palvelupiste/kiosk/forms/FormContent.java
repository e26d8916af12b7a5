package fi.palvelupiste.kiosk.forms;

/**
 * What staff write in a form version: its texts, and whether a resident's copy prints the Finnish text line by line
 * beside the resident's language where that language has a translation ({@link FormSlip}).
 */
public record FormContent(FormTexts texts, boolean printWithFinnish) {

    /** Texts that print in the resident's language alone. */
    public static FormContent of(FormTexts texts) {
        return new FormContent(texts, false);
    }
}
