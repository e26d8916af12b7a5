package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
    private final PrintJobService printing;
    private final Clock clock;

    TicketService(ServiceQueueRepository queues, TicketRepository tickets, TicketReceipt receipt,
                  PrintJobService printing, Clock clock) {
        this.queues = queues;
        this.tickets = tickets;
        this.receipt = receipt;
        this.printing = printing;
        this.clock = clock;
    }

    public List<ServiceQueue> openQueues() {
        return queues.findOpen();
    }

    /**
     * Takes the next number in a queue and stores its print job in the same transaction: the ticket exists if and
     * only if its slip is on its way. Works the same whether or not the printer can print right now.
     *
     * @param locale the resident's language, for the slip
     */
    @Transactional
    public TakenTicket take(long queueId, Locale locale) {
        ServiceQueue queue = queues.find(queueId)
                .filter(ServiceQueue::open)
                .orElseThrow(() -> new QueueClosedException(queueId));
        LocalDate today = LocalDate.now(clock);
        int number = queues.nextNumber(queueId, today);
        String displayNumber = Ticket.displayNumber(queue.prefix(), number);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int peopleAhead = tickets.countWaitingBefore(queueId, today, number);
        long printJobId = printing.enqueue("ticket-" + displayNumber,
                receipt.build(queue, displayNumber, peopleAhead, now, locale), TICKET_PRINT_VALIDITY);
        Ticket ticket = tickets.insert(UUID.randomUUID(), queueId, today, number, displayNumber,
                Language.of(locale).code(), now, printJobId);
        return new TakenTicket(ticket, queue, peopleAhead);
    }

    /** A ticket with its queue and the people now ahead of it, for showing it again. */
    public Optional<TakenTicket> find(UUID publicId) {
        return tickets.findByPublicId(publicId).flatMap(ticket -> queues.find(ticket.queueId())
                .map(queue -> new TakenTicket(ticket, queue,
                        tickets.countWaitingBefore(queue.id(), ticket.serviceDay(), ticket.number()))));
    }
}
