package fi.palvelupiste.kiosk.forms;

import java.time.LocalDate;

/** How many times a form was printed on a day in one language: statistics without personal data. */
public record FormPrintCount(LocalDate day, String code, String title, String language, int prints) {
}
