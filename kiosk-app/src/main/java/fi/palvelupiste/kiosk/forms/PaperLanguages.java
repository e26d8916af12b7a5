package fi.palvelupiste.kiosk.forms;

/** How a printed form's languages share the paper ({@link FormSlip}). */
public enum PaperLanguages {
    /** One language, as the version's texts fall back. */
    ONE,
    /** Finnish and the resident's language, line by line. */
    LINE_BY_LINE,
    /** The two texts' structures do not pair: the whole form in the resident's language, then the Finnish one. */
    TRANSLATION_THEN_FINNISH
}
