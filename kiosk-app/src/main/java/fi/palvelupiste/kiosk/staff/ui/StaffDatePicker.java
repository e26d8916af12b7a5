package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import fi.palvelupiste.kiosk.i18n.Language;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A date picker in the staff page's language: month and day names, "Today" and "Cancel", the date written as that
 * language writes it (14.1.2027 in Finnish), and weeks from Monday, as in Finland, whatever the browser says.
 */
public class StaffDatePicker extends DatePicker implements LocaleChangeObserver {

    public StaffDatePicker() {
    }

    public StaffDatePicker(String label) {
        super(label);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setLocale(event.getLocale());
        setI18n(i18n(event.getLocale(), key -> getTranslation(key)));
    }

    /** The picker's texts for {@code locale}; {@code texts} gives a message of the staff pages by its key. */
    public static DatePickerI18n i18n(Locale locale, Function<String, String> texts) {
        Locale written = Language.of(locale).staffPageFallback().locale();
        List<DayOfWeek> sundayFirst = Arrays.asList(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, written), written))
                        .toList())
                .setWeekdays(sundayFirst.stream()
                        .map(day -> capitalized(day.getDisplayName(TextStyle.FULL_STANDALONE, written), written))
                        .toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(day -> capitalized(day.getDisplayName(TextStyle.SHORT_STANDALONE, written), written))
                        .toList())
                .setFirstDayOfWeek(1)
                .setDateFormat(texts.apply("datepicker.format"))
                .setToday(texts.apply("datepicker.today"))
                .setCancel(texts.apply("datepicker.cancel"));
    }

    private static String capitalized(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
