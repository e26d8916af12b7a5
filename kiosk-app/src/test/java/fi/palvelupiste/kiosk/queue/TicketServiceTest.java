package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.printing.PrintJobStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@KioskTest
class TicketServiceTest {


    @Autowired
    TicketService tickets;
    @Autowired
    PrintJobService printJobs;
    @Autowired
    PrinterPort printer;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void each_queue_numbers_its_tickets_from_one_with_its_own_prefix() {
        long digituki = queue("A");
        long library = queue("B");
        TakenTicket firstTaken = tickets.take(digituki, false, Language.FI.locale());
        int firstA = firstTaken.ticket().number();

        TakenTicket secondA = tickets.take(digituki, false, Language.FI.locale());
        TakenTicket firstB = tickets.take(library, false, Language.FI.locale());

        assertThat(secondA.ticket().number()).isEqualTo(firstA + 1);
        assertThat(secondA.ticket().displayNumber()).isEqualTo("A%03d".formatted(firstA + 1));
        assertThat(firstB.ticket().displayNumber()).startsWith("B");
        assertThat(secondA.peopleAhead()).isEqualTo(firstTaken.peopleAhead() + 1);
    }

    @Test
    void numbering_starts_again_at_local_midnight() {
        long queue = queue("B");
        tickets.take(queue, false, Language.FI.locale());
        // to 23:59 local time of a day nobody has queued on yet
        ZonedDateTime tomorrowLate = ZonedDateTime.now(clock).plusDays(1).with(LocalTime.of(23, 59));
        clock.advance(Duration.between(clock.instant(), tomorrowLate.toInstant()));
        TakenTicket lateEvening = tickets.take(queue, false, Language.FI.locale());
        clock.advance(Duration.ofMinutes(2));

        TakenTicket afterMidnight = tickets.take(queue, false, Language.FI.locale());

        assertThat(lateEvening.ticket().number()).isEqualTo(1);
        assertThat(lateEvening.ticket().serviceDay()).isEqualTo(tomorrowLate.toLocalDate());
        assertThat(afterMidnight.ticket().displayNumber()).isEqualTo("B001");
        assertThat(afterMidnight.ticket().serviceDay()).isEqualTo(tomorrowLate.toLocalDate().plusDays(1));
        assertThat(afterMidnight.peopleAhead()).isZero();
    }

    @Test
    void a_ticket_is_stored_together_with_its_print_job_and_printed_in_the_residents_language() {
        TakenTicket taken = tickets.take(queue("A"), false, Language.SV.locale());

        assertThat(taken.ticket().printJobId()).isNotNull();
        assertThat(printJobs.find(taken.ticket().printJobId())).isPresent();
        String number = taken.ticket().displayNumber();
        String slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(number)).text();
        assertThat(slip).contains("Digistöd", "Ditt könummer", "Före dig i kön: " + taken.peopleAhead());
        await().until(() -> printJobs.find(taken.ticket().printJobId()).orElseThrow().status() == PrintJobStatus.PRINTED);
    }

    @Test
    void a_closed_queue_gives_no_ticket_and_leaves_nothing_behind() {
        long queue = queue("B");
        jdbc.sql("UPDATE service_queue SET is_open = FALSE WHERE id = :id").param("id", queue).update();
        int ticketsBefore = count("ticket");
        int jobsBefore = count("print_job");
        try {
            assertThatThrownBy(() -> tickets.take(queue, false, Language.FI.locale())).isInstanceOf(QueueClosedException.class);
            assertThat(tickets.queuesTakingTickets()).extracting(ServiceQueue::prefix).doesNotContain("B");
        } finally {
            jdbc.sql("UPDATE service_queue SET is_open = TRUE WHERE id = :id").param("id", queue).update();
        }
        assertThat(count("ticket")).isEqualTo(ticketsBefore);
        assertThat(count("print_job")).isEqualTo(jobsBefore);
    }

    @Test
    void residents_tapping_at_the_same_moment_never_get_the_same_number() throws Exception {
        long queue = queue("A");
        int takers = 40;
        CountDownLatch start = new CountDownLatch(1);
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        Set<java.util.UUID> ids = ConcurrentHashMap.newKeySet();
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < takers; i++) {
                Callable<Void> take = () -> {
                    start.await();
                    Ticket ticket = tickets.take(queue, false, Language.FI.locale()).ticket();
                    numbers.add(ticket.displayNumber());
                    ids.add(ticket.publicId());
                    return null;
                };
                results.add(pool.submit(take));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        }
        assertThat(numbers).hasSize(takers);
        int jobsForThese = jdbc.sql("SELECT COUNT(*) FROM ticket t JOIN print_job j ON j.id = t.print_job_id "
                + "WHERE t.public_id IN (:ids)").param("ids", ids).query(Integer.class).single();
        assertThat(jobsForThese).isEqualTo(takers);
    }

    private long queue(String prefix) {
        return tickets.queuesTakingTickets().stream().filter(q -> q.prefix().equals(prefix)).findFirst().orElseThrow().id();
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}
