package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.sync.Escrow;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.TypedText;
import fi.palvelupiste.kiosk.DayShift;
import org.jspecify.annotations.Nullable;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The coordinator's side: events of any configured kind, their time slots (generated from start, end, length and
 * capacity, then editable) or the seats of a trip, and the overview with numbers.
 */
@Service
public class EventPlanning {

    /** One of an event's texts: its label (for messages), its column's length, one line or several. */
    private record Text(String labelKey, int maxLength, boolean multiline, Function<EventDraft, String> value,
                        BiConsumer<EventDraft, String> store) {
    }

    /** One of an event's texts written in every language; the same rules and length apply to each. */
    private record WrittenText(String labelKey, int maxLength, boolean multiline,
                               Function<EventDraft, LocalizedText> value, BiConsumer<EventDraft, LocalizedText> store) {
    }

    private static final List<Text> TEXTS = List.of(
            new Text("events.place", 120, false, EventDraft::getPlace, EventDraft::setPlace),
            new Text("events.address", 200, false, EventDraft::getAddress, EventDraft::setAddress),
            new Text("events.municipality", 60, false, EventDraft::getMunicipality, EventDraft::setMunicipality),
            new Text("events.organiser-phone", 30, false, EventDraft::getOrganiserPhone,
                    EventDraft::setOrganiserPhone));

    private static final List<WrittenText> WRITTEN_TEXTS = List.of(
            new WrittenText("events.title", 120, false, EventDraft::getTitle, EventDraft::setTitle),
            new WrittenText("events.description", 1000, true, EventDraft::getDescription, EventDraft::setDescription),
            new WrittenText("events.bring", 500, true, EventDraft::getBring, EventDraft::setBring),
            new WrittenText("events.price", 200, false, EventDraft::getPrice, EventDraft::setPrice));

    private final EventRepository events;
    private final SignupRepository signups;
    private final SignupChanges booking;
    private final AuditLog audit;
    private final Escrow escrow;
    private final SiteIdentity site;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    EventPlanning(EventRepository events, SignupRepository signups, SignupChanges booking, AuditLog audit,
                  Escrow escrow, SiteIdentity site, ApplicationEventPublisher published, Clock clock) {
        this.events = events;
        this.signups = signups;
        this.booking = booking;
        this.audit = audit;
        this.escrow = escrow;
        this.site = site;
        this.published = published;
        this.clock = clock;
    }

    public List<EventKind> kinds() {
        return events.kinds();
    }

    public List<SignupEvent> events() {
        return events.all();
    }

    public List<SignupEvent> heldOn(LocalDate day) {
        return events.heldOn(day);
    }

    public Optional<SignupEvent> event(long eventId) {
        return events.find(eventId);
    }

    /**
     * The event's people per status and language for the funders' report: from its sign-ups while they are kept,
     * from the counts kept at the purge afterwards (the same sums).
     */
    public List<AttendanceCount> attendance(SignupEvent event) {
        return event.personalDataDeletedAt() == null ? signups.liveCounts(event.id(), event.everyoneChecksIn())
                : signups.keptCounts(event.id());
    }

    public List<Slot> slots(long eventId) {
        return events.slots(eventId);
    }

    /** Every event with its places and how many are signed up, waiting or cancelled. */
    public List<EventSummary> overview() {
        return events.all().stream().map(event -> {
            Map<SignupStatus, Integer> counts = signups.countByStatus(event.id(), event.personalDataDeletedAt() != null);
            int places = events.slots(event.id()).stream().mapToInt(Slot::capacity).sum();
            return new EventSummary(event, places, counts.get(SignupStatus.CONFIRMED),
                    counts.get(SignupStatus.WAITLISTED), counts.get(SignupStatus.CANCELLED));
        }).toList();
    }

    public EventDraft draftOf(long eventId) {
        SignupEvent event = events.find(eventId).orElseThrow(() -> new PlanningException("events.error.not-found"));
        return EventDraft.of(event, clock.getZone(), events.slots(eventId));
    }

    /**
     * Saves a new event (eventId null) or changes one. A trip's seats are its single slot, kept in step here. The
     * draft's texts are cleaned in place first ({@link TypedText}: spaces around them dropped), so the draft holds
     * what is stored.
     *
     * @return the event's id
     * @throws PlanningException with what to fix
     */
    @Transactional
    public long save(Long eventId, EventDraft draft, Actor actor) {
        EventKind kind = events.kinds().stream().filter(k -> k.code().equals(draft.getKindCode())).findFirst()
                .orElseThrow(() -> new PlanningException("events.error.kind"));
        check(draft, kind);
        OffsetDateTime now = now();
        OffsetDateTime opens = draft.getSignupOpens().atZone(clock.getZone()).toOffsetDateTime();
        OffsetDateTime closes = draft.getSignupCloses().atZone(clock.getZone()).toOffsetDateTime();
        long id;
        if (eventId == null) {
            id = events.insert(UUID.randomUUID(), site.siteId(), draft, opens, closes, now);
            audit.record(actor, "created event " + id);
        } else {
            editable(eventId).filter(e -> e.personalDataDeletedAt() == null)
                    .orElseThrow(() -> new PlanningException("events.error.not-found"));
            events.update(eventId, draft, opens, closes, now);
            id = eventId;
            audit.record(actor, "changed event " + id);
        }
        if (kind.unit() == BookingUnit.SEATS) {
            List<Slot> slots = events.slots(id);
            if (slots.isEmpty()) {
                events.insertSlot(id, site.siteId(), draft.getDepartsAt(), draft.getReturnsAt(), draft.getSeats(), now);
            } else if (!events.updateSlot(slots.getFirst().id(), draft.getDepartsAt(), draft.getReturnsAt(),
                    draft.getSeats(), now)) {
                throw new PlanningException("events.error.seats-below-booked");
            }
            booking.promoteWaiting(id, now);
        }
        changed(id);
        return id;
    }

    /**
     * A copy of an event for a campaign's next round: its texts, its slots' times and places (a trip's seats) and its
     * sign-up window, all {@code shift} later; linked to {@code linkedEventId} (the copy of the event it was linked
     * to), or to nothing. Made as the coordinator would make it, through {@link #save}, so the same checks apply.
     *
     * @return the copy's id
     */
    @Transactional
    public long copy(long eventId, DayShift shift, @Nullable Long linkedEventId, Actor actor) {
        SignupEvent event = events.find(eventId).orElseThrow(() -> new PlanningException("events.error.not-found"));
        List<Slot> slots = events.slots(eventId);
        EventDraft draft = EventCopy.of(event, null, slots).draft(clock.getZone(), linkedEventId);
        draft.setDate(shift.date(draft.getDate()));
        draft.setSignupOpens(shift.time(draft.getSignupOpens()));
        draft.setSignupCloses(shift.time(draft.getSignupCloses()));
        boolean seats = event.kind().unit() == BookingUnit.SEATS;
        if (seats) {
            draft.setSeats(slots.isEmpty() ? null : slots.getFirst().capacity());
        }
        long id = save(null, draft, actor);
        if (!seats) {
            OffsetDateTime now = now();
            for (Slot slot : slots) {
                events.insertSlot(id, site.siteId(), slot.startsAt(), slot.endsAt(), slot.capacity(), now);
            }
            changed(id);
        }
        audit.record(actor, "copied event " + eventId + " as event " + id);
        return id;
    }

    /**
     * Makes slots from {@code start} every {@code minutes} until {@code end}, each for {@code capacity} people.
     * Times that already have a slot are left as they are.
     *
     * @return how many slots were added
     */
    @Transactional
    public int generateSlots(long eventId, LocalTime start, LocalTime end, int minutes, int capacity, Actor actor) {
        if (start == null || end == null || !end.isAfter(start) || minutes < 1 || capacity < 1) {
            throw new PlanningException("slots.error.generate");
        }
        editable(eventId).orElseThrow(() -> new PlanningException("events.error.not-found"));
        OffsetDateTime now = now();
        List<LocalTime> taken = events.slots(eventId).stream().map(Slot::startsAt).toList();
        int added = 0;
        for (LocalTime from = start; !from.plusMinutes(minutes).isAfter(end) && from.plusMinutes(minutes).isAfter(from);
             from = from.plusMinutes(minutes)) {
            if (!taken.contains(from)) {
                events.insertSlot(eventId, site.siteId(), from, from.plusMinutes(minutes), capacity, now);
                added++;
            }
        }
        booking.promoteWaiting(eventId, now);
        changed(eventId);
        audit.record(actor, "added " + added + " slots to event " + eventId);
        return added;
    }

    @Transactional
    public void addSlot(long eventId, LocalTime start, LocalTime end, int capacity, Actor actor) {
        if (start == null || end == null || !end.isAfter(start) || capacity < 1) {
            throw new PlanningException("slots.error.times");
        }
        editable(eventId).orElseThrow(() -> new PlanningException("events.error.not-found"));
        OffsetDateTime now = now();
        events.insertSlot(eventId, site.siteId(), start, end, capacity, now);
        booking.promoteWaiting(eventId, now);
        changed(eventId);
        audit.record(actor, "added a slot to event " + eventId);
    }

    /** Changes a slot's times or capacity; a capacity below the people already booked is refused. */
    @Transactional
    public void updateSlot(long slotId, LocalTime start, LocalTime end, int capacity, Actor actor) {
        if (start == null || end == null || !end.isAfter(start) || capacity < 1) {
            throw new PlanningException("slots.error.times");
        }
        Slot slot = editableSlot(slotId);
        OffsetDateTime now = now();
        if (!events.updateSlot(slotId, start, end, capacity, now)) {
            throw new PlanningException("slots.error.below-booked");
        }
        booking.promoteWaiting(slot.eventId(), now);
        changed(slot.eventId());
        audit.record(actor, "changed slot " + slotId + " of event " + slot.eventId());
    }

    /** Removes a slot nobody is booked in. */
    @Transactional
    public void deleteSlot(long slotId, Actor actor) {
        Slot slot = editableSlot(slotId);
        if (slot.booked() > 0 || signups.anyInSlot(slotId)) {
            throw new PlanningException("slots.error.not-empty");
        }
        signups.detachCancelledFromSlot(slotId);
        escrow.forgetSettled(SlotPools.KIND, slot.publicId());
        if (!events.deleteEmptySlot(slotId)) {
            throw new PlanningException("slots.error.not-empty");
        }
        changed(slot.eventId());
        audit.record(actor, "removed slot " + slotId + " of event " + slot.eventId());
    }

    /** An event this node may change: not one that came from the hub, which alone changes it. */
    private Optional<SignupEvent> editable(long eventId) {
        Optional<SignupEvent> event = events.find(eventId);
        if (event.filter(SignupEvent::fromHub).isPresent()) {
            throw new PlanningException("events.error.from-hub");
        }
        return event;
    }

    private Slot editableSlot(long slotId) {
        Slot slot = events.slot(slotId).orElseThrow(() -> new PlanningException("slots.error.not-found"));
        editable(slot.eventId());
        return slot;
    }

    private void changed(long eventId) {
        events.find(eventId).ifPresent(event -> published.publishEvent(new SharedEventChanged(event.publicId())));
    }

    private static void check(EventDraft draft, EventKind kind) {
        for (Text text : TEXTS) {
            text.store().accept(draft, TypedText.clean(text.value().apply(draft), text.multiline()));
        }
        for (WrittenText text : WRITTEN_TEXTS) {
            text.store().accept(draft, text.value().apply(draft).map(typed -> TypedText.clean(typed, text.multiline())));
        }
        if (blank(draft.getTitle().in(Language.FI))) {
            throw new PlanningException("events.error.title");
        }
        if (blank(draft.getPlace())) {
            throw new PlanningException("events.error.place");
        }
        for (WrittenText text : WRITTEN_TEXTS) {
            TypedText.require(text.value().apply(draft), text.labelKey(), text.maxLength(), text.multiline(),
                    PlanningException::new);
        }
        for (Text text : TEXTS) {
            TypedText.require(text.value().apply(draft), text.labelKey(), text.maxLength(), text.multiline(),
                    PlanningException::new);
        }
        if (draft.getDate() == null) {
            throw new PlanningException("events.error.date");
        }
        if (draft.getSignupOpens() == null || draft.getSignupCloses() == null
                || !draft.getSignupCloses().isAfter(draft.getSignupOpens())) {
            throw new PlanningException("events.error.signup-times");
        }
        if (kind.unit() == BookingUnit.SEATS && (draft.getDepartsAt() == null || draft.getReturnsAt() == null
                || !draft.getReturnsAt().isAfter(draft.getDepartsAt()))) {
            throw new PlanningException("events.error.trip-times");
        }
        if (kind.unit() == BookingUnit.SEATS && (draft.getSeats() == null || draft.getSeats() < 1)) {
            throw new PlanningException("events.error.seats");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
