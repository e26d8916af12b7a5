package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.ChangeRefusedException;
import fi.palvelupiste.kiosk.TypedText;
import fi.palvelupiste.kiosk.i18n.Language;
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
    public long save(ServiceQueue typed) {
        ServiceQueue queue = new ServiceQueue(typed.id(), typed.prefix() == null ? "" : typed.prefix().strip(),
                TypedText.require(typed.name(), "admin.service.name", 80, false, Rejected::new),
                TypedText.require(typed.hint(), "admin.service.hint", 160, false, Rejected::new),
                typed.open(), typed.sortOrder(), typed.offersPriority(), typed.opensAt(), typed.closesAt(),
                typed.pausedOn());
        if (!queue.prefix().matches("[A-Z]{1,2}")) {
            throw new Rejected("admin.error.prefix");
        }
        // required in the staff pages' languages, as before; the other languages may wait and fall back
        if (Language.staffPages().stream().anyMatch(language -> queue.name().in(language).isBlank())) {
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
    public long save(Desk typed) {
        String name = TypedText.clean(typed.name(), false);
        if (name.isEmpty() || name.length() > 40) {
            throw new Rejected("admin.error.desk-name");
        }
        Desk desk = new Desk(typed.id(), text(name, "admin.desk.name", 40), typed.defaultQueueId(), typed.active());
        try {
            return desks.save(desk);
        } catch (DuplicateKeyException e) {
            throw new Rejected("admin.error.desk-taken");
        }
    }

    /** An admin's text, cleaned, or refused with its field named ({@link TypedText}). */
    private static String text(String typed, String labelKey, int maxLength) {
        return TypedText.require(typed, labelKey, maxLength, false, Rejected::new);
    }

    /** A change the admin must correct; the message is a message key. */
    public static class Rejected extends ChangeRefusedException {

        public Rejected(String messageKey) {
            super(messageKey);
        }

        /** A text that cannot be stored: {@code admin.error.too-long} or {@code admin.error.characters}. */
        Rejected(TypedText.Refusal refusal) {
            super("admin", refusal);
        }
    }
}
