package fi.palvelupiste.kiosk.forms;

/** Where a version of a form is in its life. */
public enum FormStatus {
    /** Being written: only editors see it. */
    DRAFT,
    /** The version residents print; at most one per form. */
    PUBLISHED,
    /** Was published, replaced by a newer version. */
    RETIRED
}
