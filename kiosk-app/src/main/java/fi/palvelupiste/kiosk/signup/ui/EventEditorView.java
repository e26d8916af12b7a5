package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.PlanningException;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalTime;
import java.util.List;

/**
 * Creating and editing one event: its {@link EventForm} and, once stored, its {@link SlotsEditor} (a trip's seats
 * are in the form), wired to {@link EventPlanning}.
 */
@Route(value = "admin/events/:" + EventEditorView.EVENT_PARAMETER, layout = StaffLayout.class)
@RolesAllowed(Role.COORDINATOR_ROLE)
class EventEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String EVENT_PARAMETER = "eventId";
    static final String NEW = "new";

    private final EventPlanning planning;
    private final Actor actor;
    private @Nullable Long eventId;

    final EventForm form;
    private final H1 heading = new H1();

    final SlotsEditor slots = new SlotsEditor();

    EventEditorView(EventPlanning planning, AuthenticationContext authentication) {
        this.planning = planning;
        this.actor = StaffActor.of(authentication);
        setId("event-editor");
        form = new EventForm(planning.kinds());
        // once per screen: beforeEnter runs again on the same screen after each save of a new event
        form.addSaveListener(save -> save(save.value()));
        form.addCloseListener(close -> getUI().ifPresent(ui -> ui.navigate(EventsView.class)));
        form.kind.addValueChangeListener(change -> showSlots());
        slots.addGenerateListener(generate -> generateSlots(generate.value()));
        slots.addChangeListener(change -> saveSlot(change.value().slot(), change.value().start(),
                change.value().end(), change.value().capacity()));
        slots.addDeleteListener(delete -> deleteSlot(delete.value()));
        add(heading, form, slots);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(EVENT_PARAMETER).orElse(NEW);
        eventId = null;
        EventDraft draft = new EventDraft();
        if (!NEW.equals(parameter)) {
            try {
                eventId = Long.parseLong(parameter);
                draft = planning.draftOf(eventId);
            } catch (NumberFormatException | PlanningException e) {
                event.forwardTo(EventsView.class);
                return;
            }
        }
        heading.setText(getTranslation(eventId == null ? "events.new" : "events.edit-heading"));
        form.edit(eventId, draft, planning.events());
        showSlotsOfEvent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation(eventId == null ? "events.new" : "events.edit-heading"));
    }

    void save(EventDraft edited) {
        try {
            long id = planning.save(eventId, edited, actor);
            notify(getTranslation("events.saved"), false);
            if (eventId == null) {
                getUI().ifPresent(ui -> ui.navigate(EventEditorView.class,
                        new RouteParameters(EVENT_PARAMETER, String.valueOf(id))));
            } else {
                showSlotsOfEvent();
            }
        } catch (PlanningException problem) {
            notify(getTranslation(problem.messageKey(), problem.messageArguments(key -> getTranslation(key))), true);
        }
    }

    /** Slots belong to a stored event whose kind has time slots; a trip's seats are in the form. */
    private void showSlots() {
        slots.setVisible(eventId != null && !form.seatsKind());
    }

    private void showSlotsOfEvent() {
        showSlots();
        slots.show(eventId == null ? List.of() : planning.slots(eventId));
    }

    void generateSlots(SlotsEditor.Generation generation) {
        slotAction(() -> {
            int added = planning.generateSlots(eventId, generation.start(), generation.end(), generation.minutes(),
                    generation.capacity(), actor);
            notify(getTranslation("slots.generated", added), false);
        });
    }

    void saveSlot(Slot slot, LocalTime start, LocalTime end, Integer capacity) {
        slotAction(() -> planning.updateSlot(slot.id(), start, end, capacity == null ? 0 : capacity, actor));
    }

    void deleteSlot(Slot slot) {
        slotAction(() -> planning.deleteSlot(slot.id(), actor));
    }

    private void slotAction(Runnable action) {
        try {
            action.run();
        } catch (PlanningException problem) {
            notify(getTranslation(problem.messageKey()), true);
        }
        showSlotsOfEvent();
    }

    private static void notify(String text, boolean problem) {
        Notification note = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        if (problem) {
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Nullable Long eventId() {
        return eventId;
    }
}
