package fi.palvelupiste.kiosk.queue;

import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.i18n.DateWords;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/** Lays out the paper queue ticket: site, service, the number in large type, date and time, people ahead. */
@Component
class TicketReceipt {

    private final I18NProvider i18n;
    private final DateWords dates;
    private final KioskProperties properties;

    TicketReceipt(I18NProvider i18n, DateWords dates, KioskProperties properties) {
        this.i18n = i18n;
        this.dates = dates;
        this.properties = properties;
    }

    Receipt build(ServiceQueue queue, String displayNumber, int peopleAhead, Optional<Duration> estimatedWait,
                  OffsetDateTime takenAt, Locale locale) {
        var taken = takenAt.atZoneSameInstant(properties.timeZone());
        return Receipt.builder()
                .align(Align.CENTER)
                .text(properties.siteName())
                .bold(true).text(queue.name().get(locale)).bold(false)
                .rule()
                .text(t(locale, "ticket.print.your-number"))
                .size(TextSize.HUGE).bold(true).text(displayNumber)
                .size(TextSize.NORMAL).bold(false)
                .feed(1)
                .text(t(locale, "ticket.print.ahead", peopleAhead))
                .text(estimatedWait.map(wait -> wait.isZero() ? t(locale, "ticket.print.next")
                                : t(locale, "ticket.print.wait", wait.toMinutes()))
                        .orElse(t(locale, "ticket.print.wait-unknown")))
                .text(t(locale, "ticket.print.taken", dates.date(taken, locale), dates.time(taken, locale)))
                .rule()
                .text(t(locale, "ticket.print.wait-for-call"))
                .cut()
                .build();
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
