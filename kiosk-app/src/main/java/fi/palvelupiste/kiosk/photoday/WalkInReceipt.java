package fi.palvelupiste.kiosk.photoday;

import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.i18n.DateWords;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import org.springframework.stereotype.Component;

import java.time.ZonedDateTime;
import java.util.Locale;

/** The walk-in's paper: the event, the number in large type, people before them, and when to come back. No name. */
@Component
class WalkInReceipt {

    private final I18NProvider i18n;
    private final DateWords dates;
    private final KioskProperties properties;

    WalkInReceipt(I18NProvider i18n, DateWords dates, KioskProperties properties) {
        this.i18n = i18n;
        this.dates = dates;
        this.properties = properties;
    }

    Receipt build(SignupEvent event, WalkInNumber number, int before, ZonedDateTime back, Locale locale) {
        var taken = number.takenAt().atZoneSameInstant(properties.timeZone());
        return Receipt.builder()
                .align(Align.CENTER)
                .text(properties.siteName())
                .bold(true).text(event.title().get(locale)).bold(false)
                .text(event.place())
                .rule()
                .text(t(locale, "photoday.print.your-number"))
                .size(TextSize.HUGE).bold(true).text(number.shown())
                .size(TextSize.NORMAL).bold(false)
                .feed(1)
                .text(t(locale, "photoday.print.before", before))
                .bold(true).text(t(locale, "photoday.print.come-back", dates.time(back, locale))).bold(false)
                .text(t(locale, "photoday.print.taken", dates.date(taken, locale), dates.time(taken, locale)))
                .rule()
                .text(t(locale, "photoday.print.no-promise"))
                .cut()
                .build();
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
