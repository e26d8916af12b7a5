package fi.palvelupiste.kiosk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How far the next round of a campaign moves: every date and time by the same number of days, so that weekdays,
 * sign-up windows and the days between a photo day and its bus stay as they were whenever the shift is whole weeks.
 */
public record DayShift(long days) {

    /** The shift that takes {@code from} to {@code to} (negative when {@code to} is earlier). */
    public static DayShift between(LocalDate from, LocalDate to) {
        return new DayShift(ChronoUnit.DAYS.between(from, to));
    }

    public LocalDate date(LocalDate date) {
        return date.plusDays(days);
    }

    /** A local time moved by whole days keeps its clock time, also across a change to or from summer time. */
    public LocalDateTime time(LocalDateTime time) {
        return time.plusDays(days);
    }
}
