package fi.palvelupiste.kiosk.forms;

/**
 * A form in one language.
 *
 * @param title       the form's name on the kiosk's button and in the editors' list
 * @param description one line under the title on the kiosk's button
 * @param markup      the document itself, in {@link FormMarkup}
 */
public record FormText(String title, String description, String markup) {

    public static final FormText EMPTY = new FormText("", "", "");

    public FormText {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        markup = markup == null ? "" : markup;
    }
}
