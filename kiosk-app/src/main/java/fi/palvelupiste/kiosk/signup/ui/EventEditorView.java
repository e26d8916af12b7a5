package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
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
import java.util.Optional;

/**
 * Creating and editing one event: its {@link EventForm} wired to {@link EventPlanning}; then its time slots
 * (generated, then edited one by one) or, for a trip, its seats.
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

    final TimePicker slotsStart = new TimePicker();
    final TimePicker slotsEnd = new TimePicker();
    final IntegerField slotMinutes = new IntegerField();
    final IntegerField slotCapacity = new IntegerField();
    final Button generate = new Button();
    final Grid<Slot> slots = new Grid<>();
    private final VerticalLayout slotSection = new VerticalLayout();

    EventEditorView(EventPlanning planning, AuthenticationContext authentication) {
        this.planning = planning;
        this.actor = StaffActor.of(authentication);
        setId("event-editor");
        form = new EventForm(planning.kinds());
        // once per screen: beforeEnter runs again on the same screen after each save of a new event
        form.addSaveListener(save -> save(save.value()));
        form.addCloseListener(close -> getUI().ifPresent(ui -> ui.navigate(EventsView.class)));
        form.kind.addValueChangeListener(change -> showSlots());
        layOutSlots();
        add(heading, form, slotSection);
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
        slotSection.setVisible(eventId != null && !form.seatsKind());
    }

    /** The slot generator and the grid of slots, each slot editable on its row. */
    private void layOutSlots() {
        slotSection.setPadding(false);
        slotsStart.setLabel(getTranslation("slots.start"));
        slotsStart.setId("slots-start");
        slotsEnd.setLabel(getTranslation("slots.end"));
        slotsEnd.setId("slots-end");
        slotMinutes.setLabel(getTranslation("slots.minutes"));
        slotMinutes.setId("slots-minutes");
        slotMinutes.setMin(1);
        slotCapacity.setLabel(getTranslation("slots.capacity"));
        slotCapacity.setId("slots-capacity");
        slotCapacity.setMin(1);
        generate.setText(getTranslation("slots.generate"));
        generate.setId("slots-generate");
        generate.addClickListener(click -> generateSlots());
        HorizontalLayout generator = new HorizontalLayout(slotsStart, slotsEnd, slotMinutes, slotCapacity, generate);
        generator.setAlignItems(FlexComponent.Alignment.END);
        generator.setWrap(true);

        slots.setId("slots-grid");
        slots.addComponentColumn(this::slotRow).setHeader(getTranslation("slots.slot")).setFlexGrow(1);
        slots.addColumn(Slot::booked).setHeader(getTranslation("slots.booked")).setAutoWidth(true);
        slots.setAllRowsVisible(true);
        slotSection.add(new H2(getTranslation("slots.heading")), new Paragraph(getTranslation("slots.hint")),
                generator, slots);
    }

    private HorizontalLayout slotRow(Slot slot) {
        TimePicker start = new TimePicker(slot.startsAt());
        start.setId("slot-start-" + slot.id());
        start.setAriaLabel(getTranslation("slots.start"));
        TimePicker end = new TimePicker(slot.endsAt());
        end.setId("slot-end-" + slot.id());
        end.setAriaLabel(getTranslation("slots.end"));
        IntegerField capacity = new IntegerField();
        capacity.setValue(slot.capacity());
        capacity.setId("slot-capacity-" + slot.id());
        capacity.setAriaLabel(getTranslation("slots.capacity"));
        capacity.setWidth("6em");
        Button change = new Button(getTranslation("slots.save"), click -> saveSlot(slot, start.getValue(),
                end.getValue(), capacity.getValue()));
        change.setId("slot-save-" + slot.id());
        Button remove = new Button(getTranslation("slots.delete"), click -> deleteSlot(slot));
        remove.setId("slot-delete-" + slot.id());
        remove.setEnabled(slot.booked() == 0);
        HorizontalLayout row = new HorizontalLayout(start, end, capacity, change, remove);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private void showSlotsOfEvent() {
        showSlots();
        slots.setItems(eventId == null ? List.of() : planning.slots(eventId));
    }

    void generateSlots() {
        slotAction(() -> {
            int added = planning.generateSlots(eventId, slotsStart.getValue(), slotsEnd.getValue(),
                    Optional.ofNullable(slotMinutes.getValue()).orElse(0),
                    Optional.ofNullable(slotCapacity.getValue()).orElse(0), actor);
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
