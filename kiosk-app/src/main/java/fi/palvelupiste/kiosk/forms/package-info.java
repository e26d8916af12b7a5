/**
 * The forms library: documents the kiosk prints on demand (a power of attorney, checklists, a sheet of local
 * digital-support times). Coordinators and staff write them in a small line-based markup ({@link
 * fi.palvelupiste.kiosk.forms.FormMarkup}) in Finnish, Swedish and English, and if they wish the other resident
 * languages, preview them as the paper will look, and publish versions; residents print the published version,
 * where the version says so with the Finnish line by line beside their language ({@code FormSlip}). Prints are
 * counted per form, day and language — no personal data: forms are never prefilled.
 */
@NullMarked
package fi.palvelupiste.kiosk.forms;

import org.jspecify.annotations.NullMarked;
