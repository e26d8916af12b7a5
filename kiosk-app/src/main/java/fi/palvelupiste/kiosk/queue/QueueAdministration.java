package fi.palvelupiste.kiosk.queue;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The admin's side of queues: the services residents queue for, and the desks that call them. */
@Service
public class QueueAdministration {

    private final ServiceQueueRepository queues;
    private final DeskRepository desks;
    private final QueueUpdates updates;

    QueueAdministration(ServiceQueueRepository queues, DeskRepository desks, QueueUpdates updates) {
        this.queues = queues;
        this.desks = desks;
        this.updates = updates;
    }

    public List<ServiceQueue> queues() {
        return queues.findAll();
    }

    public List<Desk> desks() {
        return desks.findAll();
    }

    /**
     * Saves a service (id 0 = new).
     *
     * @throws Rejected with a message key when the prefix or a name is not acceptable
     */
    @Transactional
    public long save(ServiceQueue queue) {
        if (!queue.prefix().matches("[A-Z]{1,2}")) {
            throw new Rejected("admin.error.prefix");
        }
        if (queue.nameFi().isBlank() || queue.nameSv().isBlank() || queue.nameEn().isBlank()) {
            throw new Rejected("admin.error.names");
        }
        if (queue.opensAt() != null && queue.closesAt() != null && !queue.opensAt().isBefore(queue.closesAt())) {
            throw new Rejected("admin.error.hours");
        }
        try {
            long id = queues.save(queue);
            updates.publish(QueueUpdate.changed());
            return id;
        } catch (DuplicateKeyException e) {
            throw new Rejected("admin.error.prefix-taken");
        }
    }

    @Transactional
    public long save(Desk desk) {
        if (desk.name().isBlank() || desk.name().length() > 40) {
            throw new Rejected("admin.error.desk-name");
        }
        try {
            return desks.save(desk);
        } catch (DuplicateKeyException e) {
            throw new Rejected("admin.error.desk-taken");
        }
    }

    /** A change the admin must correct; the message is a message key. */
    public static class Rejected extends RuntimeException {
        public Rejected(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }
}
