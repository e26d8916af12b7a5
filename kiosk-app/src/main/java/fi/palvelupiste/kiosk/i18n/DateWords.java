package fi.palvelupiste.kiosk.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Days, dates and times in words, the same on screens, slips, lists and exports; the patterns are in the message
 * bundles ({@code format.day}, {@code format.date}, {@code format.time}), so a new language brings its own.
 */
@Component
@Primary // the sign-ups' texts extend these words; whoever asks for DateWords gets the plain ones
public class DateWords {

    private final I18NProvider i18n;

    public DateWords(I18NProvider i18n) {
        this.i18n = i18n;
    }

    /** "torstai 14.1.2027" */
    public String day(LocalDate date, Locale locale) {
        return format("format.day", date, locale);
    }

    /** "14.1.2027" */
    public String date(TemporalAccessor date, Locale locale) {
        return format("format.date", date, locale);
    }

    /** "10.20" */
    public String time(TemporalAccessor time, Locale locale) {
        return format("format.time", time, locale);
    }

    /** A message in the given language. */
    public String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private String format(String patternKey, TemporalAccessor value, Locale locale) {
        return DateTimeFormatter.ofPattern(t(locale, patternKey), locale).format(value);
    }
}
