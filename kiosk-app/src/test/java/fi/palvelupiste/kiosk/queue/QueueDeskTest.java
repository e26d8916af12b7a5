package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KioskTest
class QueueDeskTest {


    @Autowired
    QueueDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    long queueA;
    long queueB;
    long desk1;
    long desk2;

    @BeforeEach
    void freshDay() {
        // every test starts on a day of its own, with nobody waiting and priority offered in queue A
        clock.advance(Duration.ofDays(1));
        queueA = queue("A").id();
        queueB = queue("B").id();
        jdbc.sql("UPDATE service_queue SET offers_priority = TRUE, paused_on = NULL WHERE prefix = 'A'").update();
        desk1 = desk.deskByName("Digituki 1").orElseThrow().id();
        desk2 = desk.deskByName("Asiakaspalvelu").orElseThrow().id();
    }

    @Test
    void call_next_takes_priority_tickets_first_then_first_come() {
        Ticket first = take(queueA, false);
        Ticket second = take(queueA, false);
        Ticket priority = take(queueA, true);

        assertThat(desk.callNext(desk1, queueA, Actor.staff("maija"))).map(Ticket::id).contains(priority.id());
        assertThat(desk.callNext(desk1, queueA, Actor.staff("maija"))).map(Ticket::id).contains(first.id());
        assertThat(desk.callNext(desk1, queueA, Actor.staff("maija"))).map(Ticket::id).contains(second.id());
        assertThat(desk.callNext(desk1, queueA, Actor.staff("maija"))).isEmpty();
    }

    @Test
    void calling_the_next_marks_the_previous_one_served_and_every_action_says_who_did_it() {
        Ticket first = take(queueA, false);
        take(queueA, false);
        desk.callNext(desk1, queueA, Actor.staff("maija"));

        desk.callNext(desk1, queueA, Actor.staff("pekka"));

        assertThat(desk.ticket(first.id()).orElseThrow().status()).isEqualTo(TicketStatus.SERVED);
        assertThat(desk.history(first.id())).containsExactly("CALLED by maija", "SERVED by pekka");
    }

    @Test
    void a_chosen_ticket_can_be_called_out_of_order_and_then_called_again() {
        take(queueA, false);
        Ticket later = take(queueA, false);

        Ticket called = desk.call(later.id(), desk1, Actor.staff("maija"));
        Ticket again = desk.recall(later.id(), Actor.staff("maija"));

        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(again.callCount()).isEqualTo(2);
        assertThat(desk.recentCalls(5)).first().extracting(CalledTicket::displayNumber, CalledTicket::deskName)
                .containsExactly(later.displayNumber(), "Digituki 1");
        assertThat(desk.history(later.id())).containsExactly("CALLED_OUT_OF_ORDER by maija", "RECALLED by maija");
    }

    @Test
    void a_ticket_called_by_one_desk_cannot_be_called_by_another() {
        Ticket ticket = take(queueA, false);
        desk.call(ticket.id(), desk1, Actor.staff("maija"));

        assertThatThrownBy(() -> desk.call(ticket.id(), desk2, Actor.staff("pekka"))).isInstanceOf(TicketNotAvailableException.class);
    }

    @Test
    void no_show_and_back_to_queue_and_transfer_do_what_they_say() {
        Ticket absent = take(queueA, false);
        Ticket stepsAway = take(queueA, false);
        Ticket wrongQueue = take(queueA, false);

        desk.call(absent.id(), desk1, Actor.staff("maija"));
        desk.noShow(absent.id(), Actor.staff("maija"));
        desk.call(stepsAway.id(), desk1, Actor.staff("maija"));
        desk.returnToQueue(stepsAway.id(), Actor.staff("maija"));
        desk.transfer(wrongQueue.id(), queueB, Actor.staff("maija"));

        assertThat(desk.ticket(absent.id()).orElseThrow().status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(desk.waiting(queueA)).extracting(Ticket::id).containsExactly(stepsAway.id());
        assertThat(desk.waiting(queueB)).extracting(Ticket::displayNumber).contains(wrongQueue.displayNumber());
        assertThat(desk.servingAt(desk1)).isEmpty();
    }

    @Test
    void a_service_paused_for_today_is_not_offered_at_the_kiosk_until_resumed_or_tomorrow() {
        desk.pauseForToday(queueB, Actor.staff("maija"));
        assertThat(tickets.queuesTakingTickets()).extracting(ServiceQueue::prefix).doesNotContain("B");
        assertThatThrownBy(() -> take(queueB, false)).isInstanceOf(QueueClosedException.class);

        clock.advance(Duration.ofDays(1));
        assertThat(tickets.queuesTakingTickets()).extracting(ServiceQueue::prefix).contains("B");
        desk.pauseForToday(queueB, Actor.staff("maija"));
        desk.resume(queueB, Actor.staff("maija"));
        assertThat(tickets.queuesTakingTickets()).extracting(ServiceQueue::prefix).contains("B");
    }

    @Test
    void the_waiting_time_is_unknown_without_history_and_estimated_from_recent_service_times() {
        jdbc.sql("UPDATE ticket SET status = 'NO_SHOW' WHERE status IN ('SERVED', 'CALLED')").update();
        take(queueB, false);
        assertThat(take(queueB, false)).isNotNull();
        assertThat(tickets.take(queueB, false, Language.FI.locale()).estimatedWait()).isEmpty();

        for (int served = 0; served < 3; served++) {
            Ticket ticket = desk.callNext(desk2, queueB, Actor.staff("maija")).orElseThrow();
            clock.advance(Duration.ofMinutes(6));
            desk.served(ticket.id(), Actor.staff("maija"));
        }
        take(queueB, false);
        TakenTicket third = tickets.take(queueB, false, Language.FI.locale());

        assertThat(third.peopleAhead()).isEqualTo(1);
        assertThat(third.estimatedWait()).contains(Duration.ofMinutes(10));
    }

    @Test
    void two_desks_calling_at_the_same_moment_never_get_the_same_ticket() throws Exception {
        int waitingTickets = 30;
        for (int i = 0; i < waitingTickets; i++) {
            take(queueA, false);
        }
        Set<Long> called = ConcurrentHashMap.newKeySet();
        List<Long> duplicates = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService staff = Executors.newFixedThreadPool(8)) {
            for (int caller = 0; caller < 8; caller++) {
                long deskId = caller % 2 == 0 ? desk1 : desk2;
                results.add(staff.submit(() -> {
                    start.await();
                    for (int press = 0; press < 6; press++) {
                        Optional<Ticket> ticket = desk.callNext(deskId, queueA, Actor.staff("caller"));
                        ticket.ifPresent(t -> {
                            if (!called.add(t.id())) {
                                synchronized (duplicates) {
                                    duplicates.add(t.id());
                                }
                            }
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        }
        assertThat(duplicates).isEmpty();
        assertThat(called).hasSize(waitingTickets);
        assertThat(desk.waiting(queueA)).isEmpty();
    }

    private Ticket take(long queueId, boolean priority) {
        return tickets.take(queueId, priority, Language.FI.locale()).ticket();
    }

    private ServiceQueue queue(String prefix) {
        return desk.queues().stream().filter(q -> q.prefix().equals(prefix)).findFirst().orElseThrow();
    }
}
