package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.audit.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * What staff do with the queue at a desk: call the next person (priority first, then first come), call a chosen
 * ticket out of order, call again, mark served or not come, put back in the queue, move to another service, pause
 * a service for the day. Every action records who did it and when. A call claims the ticket with one conditional
 * UPDATE, so two desks pressing "call next" at the same moment never get the same ticket.
 */
@Service
public class QueueDesk {

    /** How many tickets "call next" tries when others are claiming the same ones at the same moment. */
    private static final int CLAIM_CANDIDATES = 10;

    private final TicketRepository tickets;
    private final ServiceQueueRepository queues;
    private final DeskRepository desks;
    private final QueueUpdates updates;
    private final Clock clock;

    QueueDesk(TicketRepository tickets, ServiceQueueRepository queues, DeskRepository desks, QueueUpdates updates,
              Clock clock) {
        this.tickets = tickets;
        this.queues = queues;
        this.desks = desks;
        this.updates = updates;
        this.clock = clock;
    }

    public List<ServiceQueue> queues() {
        return queues.findAll();
    }

    public List<Desk> desks() {
        return desks.findAll().stream().filter(Desk::active).toList();
    }

    public Optional<Desk> desk(long deskId) {
        return desks.find(deskId);
    }

    public Optional<Desk> deskByName(String name) {
        return desks.findAll().stream().filter(desk -> desk.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Today's waiting tickets of a queue, in the order they will be called. */
    public List<Ticket> waiting(long queueId) {
        return tickets.waiting(queueId, today());
    }

    /** The ticket this desk is serving now. */
    public Optional<Ticket> servingAt(long deskId) {
        return tickets.calledAt(deskId);
    }

    /**
     * The day's latest calls that still matter to the waiting room, newest first: numbers being served and numbers
     * served. A no-show, or a number sent back to the queue, is left out: nobody should walk to a desk for it.
     */
    public List<CalledTicket> recentCalls(int limit) {
        return tickets.recentCalls(today(), limit);
    }

    public Optional<Ticket> ticket(long ticketId) {
        return tickets.find(ticketId);
    }

    /**
     * Calls the next ticket to a desk: from one queue, or (queueId null) from every queue in serving order.
     * The ticket the desk was serving, if any, is marked served first.
     *
     * @return the called ticket, or empty when nobody is waiting
     */
    @Transactional
    public Optional<Ticket> callNext(long deskId, Long queueId, Actor actor) {
        Desk desk = desks.find(deskId).orElseThrow(() -> new IllegalArgumentException("no desk " + deskId));
        finishCurrent(desk.id(), actor);
        List<Ticket> candidates = queueId == null
                ? tickets.waitingInAnyQueue(today(), CLAIM_CANDIDATES)
                : tickets.waiting(queueId, today()).stream().limit(CLAIM_CANDIDATES).toList();
        for (Ticket candidate : candidates) {
            if (tickets.claimForDesk(candidate.id(), desk.id(), now())) {
                return Optional.of(announceCall(candidate.id(), desk, "CALLED", actor));
            }
        }
        return Optional.empty();
    }

    /** Calls a chosen waiting ticket out of order (someone with an appointment, a ticket called by mistake). */
    @Transactional
    public Ticket call(long ticketId, long deskId, Actor actor) {
        Desk desk = desks.find(deskId).orElseThrow(() -> new IllegalArgumentException("no desk " + deskId));
        finishCurrent(desk.id(), actor);
        if (!tickets.claimForDesk(ticketId, desk.id(), now())) {
            throw new TicketNotAvailableException(ticketId);
        }
        return announceCall(ticketId, desk, "CALLED_OUT_OF_ORDER", actor);
    }

    /** Calls the same number again: the display shows and announces it once more. */
    @Transactional
    public Ticket recall(long ticketId, Actor actor) {
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new TicketNotAvailableException(ticketId));
        if (ticket.deskId() == null || !tickets.recall(ticketId, now())) {
            throw new TicketNotAvailableException(ticketId);
        }
        Desk desk = desks.find(ticket.deskId()).orElseThrow();
        return announceCall(ticketId, desk, "RECALLED", actor);
    }

    @Transactional
    public void served(long ticketId, Actor actor) {
        finish(ticketId, TicketStatus.SERVED, "SERVED", actor);
    }

    @Transactional
    public void noShow(long ticketId, Actor actor) {
        finish(ticketId, TicketStatus.NO_SHOW, "NO_SHOW", actor);
    }

    /** Puts a called ticket back to wait in its original place (the person stepped away for a moment). */
    @Transactional
    public void returnToQueue(long ticketId, Actor actor) {
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new TicketNotAvailableException(ticketId));
        if (!tickets.returnToQueue(ticketId)) {
            throw new TicketNotAvailableException(ticketId);
        }
        tickets.recordEvent(ticketId, "RETURNED", actor.name(), ticket.deskId(), null, now());
        updates.publish(QueueUpdate.changed());
    }

    /** Moves a ticket to another service's queue, where it waits by the time it was taken. */
    @Transactional
    public void transfer(long ticketId, long toQueueId, Actor actor) {
        ServiceQueue target = queues.find(toQueueId).orElseThrow(() -> new QueueClosedException(toQueueId));
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new TicketNotAvailableException(ticketId));
        if (!tickets.transfer(ticketId, target.id())) {
            throw new TicketNotAvailableException(ticketId);
        }
        tickets.recordEvent(ticketId, "TRANSFERRED", actor.name(), ticket.deskId(), "to " + target.prefix(), now());
        updates.publish(QueueUpdate.changed());
    }

    /** Closes a service's queue at the kiosk for the rest of today; tickets already taken are still called. */
    @Transactional
    public void pauseForToday(long queueId, Actor actor) {
        queues.setPausedOn(queueId, today());
        updates.publish(QueueUpdate.changed());
    }

    @Transactional
    public void resume(long queueId, Actor actor) {
        queues.setPausedOn(queueId, null);
        updates.publish(QueueUpdate.changed());
    }

    /** Who did what to a ticket, oldest first ("CALLED by maija"). */
    public List<String> history(long ticketId) {
        return tickets.events(ticketId);
    }

    private void finishCurrent(long deskId, Actor actor) {
        tickets.calledAt(deskId).ifPresent(current -> {
            tickets.finish(current.id(), TicketStatus.SERVED, now());
            tickets.recordEvent(current.id(), "SERVED", actor.name(), deskId, "next called", now());
        });
    }

    private void finish(long ticketId, TicketStatus status, String action, Actor actor) {
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new TicketNotAvailableException(ticketId));
        if (!tickets.finish(ticketId, status, now())) {
            throw new TicketNotAvailableException(ticketId);
        }
        tickets.recordEvent(ticketId, action, actor.name(), ticket.deskId(), null, now());
        updates.publish(QueueUpdate.changed());
    }

    private Ticket announceCall(long ticketId, Desk desk, String action, Actor actor) {
        Ticket called = tickets.find(ticketId).orElseThrow();
        tickets.recordEvent(ticketId, action, actor.name(), desk.id(), null, now());
        updates.publish(new QueueUpdate(new CalledTicket(called.id(), called.displayNumber(), desk.name(),
                called.calledAt(), called.callCount(), called.status(), called.language())));
        return called;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
