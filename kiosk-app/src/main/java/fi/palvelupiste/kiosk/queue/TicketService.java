package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Taking queue numbers at the kiosk. */
@Service
public class TicketService {

    /** A paper ticket is worth printing only while the resident is still at the kiosk. */
    static final Duration TICKET_PRINT_VALIDITY = Duration.ofMinutes(3);

    private final ServiceQueueRepository queues;
    private final TicketRepository tickets;
    private final TicketReceipt receipt;
    private final WaitEstimator waitEstimator;
    private final PrintJobService printing;
    private final QueueUpdates updates;
    private final Clock clock;

    TicketService(ServiceQueueRepository queues, TicketRepository tickets, TicketReceipt receipt,
                  WaitEstimator waitEstimator, PrintJobService printing, QueueUpdates updates, Clock clock) {
        this.queues = queues;
        this.tickets = tickets;
        this.receipt = receipt;
        this.waitEstimator = waitEstimator;
        this.printing = printing;
        this.updates = updates;
        this.clock = clock;
    }

    /** The queues a resident can take a ticket for right now (open, within hours, not paused today). */
    public List<ServiceQueue> queuesTakingTickets() {
        LocalDateTime now = LocalDateTime.now(clock);
        return queues.findAll().stream().filter(queue -> queue.takesTicketsAt(now)).toList();
    }

    public Optional<ServiceQueue> queue(long queueId) {
        return queues.find(queueId);
    }

    /**
     * Takes the next number in a queue and stores its print job in the same transaction: the ticket exists if and
     * only if its slip is on its way. Works the same whether or not the printer can print right now.
     *
     * @param priority the resident asked to be served first (offered only by queues that allow it)
     * @param locale   the resident's language, for the slip
     */
    @Transactional
    public TakenTicket take(long queueId, boolean priority, Locale locale) {
        LocalDateTime localNow = LocalDateTime.now(clock);
        ServiceQueue queue = queues.find(queueId)
                .filter(q -> q.takesTicketsAt(localNow))
                .orElseThrow(() -> new QueueClosedException(queueId));
        boolean asPriority = priority && queue.offersPriority();
        LocalDate today = localNow.toLocalDate();
        int number = queues.nextNumber(queueId, today);
        String displayNumber = Ticket.displayNumber(queue.prefix(), number);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int peopleAhead = tickets.countAhead(queueId, today, Long.MAX_VALUE, asPriority);
        Optional<Duration> estimatedWait = waitEstimator.estimate(queueId, peopleAhead);
        long printJobId = printing.enqueue("ticket-" + displayNumber,
                receipt.build(queue, displayNumber, peopleAhead, estimatedWait, now, locale), TICKET_PRINT_VALIDITY);
        Ticket ticket = tickets.insert(UUID.randomUUID(), queueId, today, number, displayNumber, asPriority,
                Language.of(locale).code(), now, printJobId);
        updates.publish(QueueUpdate.changed());
        return new TakenTicket(ticket, queue, peopleAhead, estimatedWait);
    }

    /** A ticket with its queue and the people now ahead of it, for showing it again. */
    public Optional<TakenTicket> find(UUID publicId) {
        return tickets.findByPublicId(publicId).flatMap(ticket -> queues.find(ticket.queueId()).map(queue -> {
            int ahead = ticket.status() == TicketStatus.WAITING
                    ? tickets.countAhead(queue.id(), ticket.serviceDay(), ticket.id(), ticket.priority()) : 0;
            return new TakenTicket(ticket, queue, ahead, waitEstimator.estimate(queue.id(), ahead));
        }));
    }
}
