package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.resident.Needs;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dates, slot times and needs in words, the same on screens, slips, lists and exports. */
@Component
public class SignupTexts {

    private final I18NProvider i18n;

    public SignupTexts(I18NProvider i18n) {
        this.i18n = i18n;
    }

    /** "torstai 14.1.2027" */
    public String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(t(locale, "signup.format.day"), locale).format(date);
    }

    /** "10.20" */
    public String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofPattern(t(locale, "format.time"), locale).format(time);
    }

    /** "klo 10.20–10.30", or for a trip "lähtö klo 8.30, paluu noin klo 15.00". */
    public String slotTime(SignupEvent event, Slot slot, Locale locale) {
        if (event.kind().unit() == BookingUnit.SEATS) {
            return t(locale, "signup.seats.time", time(slot.startsAt(), locale), time(slot.endsAt(), locale));
        }
        return t(locale, "signup.slot.time", time(slot.startsAt(), locale), time(slot.endsAt(), locale));
    }

    /** "pyörätuoli, apu sähköiseen hakemukseen, tulkki: arabia", or "" for none. */
    public String needs(Needs needs, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (needs.applicationHelp()) {
            parts.add(t(locale, "signup.needs.help.short"));
        }
        if (needs.wheelchair()) {
            parts.add(t(locale, "signup.needs.wheelchair.short"));
        }
        if (needs.interpreterLanguage() != null) {
            parts.add(t(locale, "signup.needs.interpreter.short", interpreter(needs.interpreterLanguage(), locale)));
        }
        return String.join(", ", parts);
    }

    public String interpreter(String code, Locale locale) {
        return t(locale, "signup.interpreter." + code);
    }

    public String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
