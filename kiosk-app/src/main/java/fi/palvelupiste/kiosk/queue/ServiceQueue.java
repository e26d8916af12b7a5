package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.i18n.LocalizedText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A service residents queue for at this site, e.g. "Digituki" (digital support) with ticket prefix A.
 * Its name and a one-line hint in each kiosk language ({@link LocalizedText}); open hours; whether it offers priority tickets.
 *
 * @param open      the admin's switch: a closed queue is not offered at all
 * @param opensAt   first time of day tickets can be taken; null = from midnight
 * @param closesAt  last time of day; null = until midnight
 * @param pausedOn  staff closed the queue for the rest of this day
 */
public record ServiceQueue(
        long id,
        String prefix,
        LocalizedText name,
        LocalizedText hint,
        boolean open,
        int sortOrder,
        boolean offersPriority,
        LocalTime opensAt,
        LocalTime closesAt,
        LocalDate pausedOn) {

    /** Whether a resident can take a ticket now. */
    public boolean takesTicketsAt(LocalDateTime now) {
        LocalTime time = now.toLocalTime();
        return open
                && !now.toLocalDate().equals(pausedOn)
                && (opensAt == null || !time.isBefore(opensAt))
                && (closesAt == null || time.isBefore(closesAt));
    }

    public boolean pausedToday(LocalDate today) {
        return today.equals(pausedOn);
    }
}
