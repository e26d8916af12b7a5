package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
class QueueStatisticsTest {


    @Autowired
    QueueStatistics statistics;
    @Autowired
    TicketService tickets;
    @Autowired
    QueueDesk desk;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_day_is_summed_up_at_night_and_its_tickets_are_deleted_after_the_retention_period_but_the_sums_stay() {
        long queueA = desk.queues().stream().filter(q -> q.prefix().equals("A")).findFirst().orElseThrow().id();
        long deskId = desk.deskByName("Digituki 1").orElseThrow().id();
        jdbc.sql("UPDATE service_queue SET offers_priority = TRUE, paused_on = NULL WHERE id = :id")
                .param("id", queueA).update();
        // a day of its own, at noon
        ZonedDateTime noon = ZonedDateTime.now(clock).plusDays(1).with(LocalTime.NOON);
        clock.advance(Duration.between(clock.instant(), noon.toInstant()));
        LocalDate day = LocalDate.now(clock);
        for (int i = 0; i < 4; i++) {
            tickets.take(queueA, i == 0, Language.FI.locale());
        }
        clock.advance(Duration.ofMinutes(10));
        Ticket first = desk.callNext(deskId, queueA, Actor.staff("maija")).orElseThrow();
        clock.advance(Duration.ofMinutes(8));
        desk.served(first.id(), Actor.staff("maija"));
        Ticket second = desk.callNext(deskId, queueA, Actor.staff("maija")).orElseThrow();
        desk.noShow(second.id(), Actor.staff("maija"));

        clock.advance(Duration.ofDays(1));
        statistics.closePastDays();
        List<DailyStatistics> kept = statistics.days(day, day);

        assertThat(kept).singleElement().satisfies(stats -> {
            assertThat(stats.tickets()).isEqualTo(4);
            assertThat(stats.served()).isEqualTo(1);
            assertThat(stats.noShows()).isEqualTo(1);
            assertThat(stats.priorityTickets()).isEqualTo(1);
            assertThat(stats.averageServiceSeconds()).isEqualTo(8 * 60);
            assertThat(stats.noShowRate()).isEqualTo(0.5);
            assertThat(stats.ticketsPerHour().get(12)).isEqualTo(4);
        });

        clock.advance(Duration.ofDays(30));
        statistics.closePastDays();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE service_day = :day").param("day", day)
                .query(Integer.class).single()).isZero();
        assertThat(statistics.days(day, day)).singleElement().extracting(DailyStatistics::tickets).isEqualTo(4);
    }

    @Test
    void the_csv_opens_in_excel_with_a_bom_semicolons_and_no_formulas() {
        DailyStatistics day = new DailyStatistics(LocalDate.of(2026, 11, 24), "A", "=HYPERLINK(\"x\")", 10, 8, 2, 1,
                300, 600, java.util.Collections.nCopies(24, 0));

        String csv = new String(statistics.csv(List.of(day)), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFPäivä;Palvelu;");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("2026-11-24;\"'=HYPERLINK(\"\"x\"\")\";A;10;8;2;20,0;1;5,0;10,0;");
    }
}
