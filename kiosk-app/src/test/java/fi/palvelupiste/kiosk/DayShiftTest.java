package fi.palvelupiste.kiosk;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.DayOfWeek;

import static org.assertj.core.api.Assertions.assertThat;

/** The next round's dates: everything moves by the same days, so weekdays and clock times stay. */
class DayShiftTest {

    @Test
    void fifty_two_weeks_on_keeps_the_weekday_and_moves_every_date_alike() {
        LocalDate photoDay = LocalDate.of(2026, 3, 14);
        DayShift shift = DayShift.between(photoDay, LocalDate.of(2027, 3, 13));

        assertThat(shift.days()).isEqualTo(364);
        assertThat(shift.date(photoDay).getDayOfWeek()).isEqualTo(photoDay.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(shift.date(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void across_a_leap_day_a_later_date_keeps_its_weekday_not_its_day_of_the_month() {
        DayShift shift = DayShift.between(LocalDate.of(2027, 2, 20), LocalDate.of(2028, 2, 19));
        LocalDate trip = LocalDate.of(2027, 3, 1);

        assertThat(shift.days()).isEqualTo(364);
        assertThat(shift.date(trip)).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(shift.date(trip).getDayOfWeek()).isEqualTo(trip.getDayOfWeek());
    }

    @Test
    void a_sign_up_opening_keeps_its_clock_time_across_summer_time() {
        DayShift shift = new DayShift(14);
        LocalDateTime opens = LocalDateTime.of(2027, 3, 20, 9, 0);

        LocalDateTime moved = shift.time(opens);

        assertThat(moved).isEqualTo(LocalDateTime.of(2027, 4, 3, 9, 0));
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        assertThat(moved.atZone(helsinki).getOffset()).isNotEqualTo(opens.atZone(helsinki).getOffset());
    }

    @Test
    void an_earlier_round_moves_back() {
        DayShift shift = DayShift.between(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 3));

        assertThat(shift.days()).isEqualTo(-7);
        assertThat(shift.date(LocalDate.of(2027, 5, 12))).isEqualTo(LocalDate.of(2027, 5, 5));
    }
}
