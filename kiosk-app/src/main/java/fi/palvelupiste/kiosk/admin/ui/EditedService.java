package fi.palvelupiste.kiosk.admin.ui;

import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/** A service as the admin edits it: the {@link ServiceForm}'s bean, made from and into a {@link ServiceQueue}. */
class EditedService {

    private final long id;
    private final @Nullable LocalDate pausedOn;
    private String prefix = "";
    private LocalizedText name = LocalizedText.EMPTY;
    private LocalizedText hint = LocalizedText.EMPTY;
    private @Nullable LocalTime opensAt;
    private @Nullable LocalTime closesAt;
    private @Nullable Integer sortOrder;
    private boolean open = true;
    private boolean offersPriority;

    private EditedService(long id, @Nullable LocalDate pausedOn) {
        this.id = id;
        this.pausedOn = pausedOn;
    }

    /** A new service, last in the kiosk's list, in use. */
    static EditedService newService(int sortOrder) {
        EditedService service = new EditedService(0, null);
        service.sortOrder = sortOrder;
        return service;
    }

    static EditedService of(ServiceQueue queue) {
        EditedService service = new EditedService(queue.id(), queue.pausedOn());
        service.prefix = queue.prefix();
        service.name = queue.name();
        service.hint = queue.hint();
        service.opensAt = queue.opensAt();
        service.closesAt = queue.closesAt();
        service.sortOrder = queue.sortOrder();
        service.open = queue.open();
        service.offersPriority = queue.offersPriority();
        return service;
    }

    /** The service to save: the letter in capitals, texts without spaces around them. */
    ServiceQueue toServiceQueue() {
        return new ServiceQueue(id, prefix.strip().toUpperCase(Locale.ROOT), name.map(String::strip),
                hint.map(String::strip), open, sortOrder == null ? 0 : sortOrder, offersPriority, opensAt, closesAt,
                pausedOn);
    }

    String getPrefix() { return prefix; }
    void setPrefix(String prefix) { this.prefix = prefix; }
    LocalizedText getName() { return name; }
    void setName(LocalizedText name) { this.name = name; }
    LocalizedText getHint() { return hint; }
    void setHint(LocalizedText hint) { this.hint = hint; }
    @Nullable LocalTime getOpensAt() { return opensAt; }
    void setOpensAt(@Nullable LocalTime opensAt) { this.opensAt = opensAt; }
    @Nullable LocalTime getClosesAt() { return closesAt; }
    void setClosesAt(@Nullable LocalTime closesAt) { this.closesAt = closesAt; }
    @Nullable Integer getSortOrder() { return sortOrder; }
    void setSortOrder(@Nullable Integer sortOrder) { this.sortOrder = sortOrder; }
    boolean isOpen() { return open; }
    void setOpen(boolean open) { this.open = open; }
    boolean isOffersPriority() { return offersPriority; }
    void setOffersPriority(boolean offersPriority) { this.offersPriority = offersPriority; }
}
