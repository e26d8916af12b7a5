package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventKind;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.PlanningException;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Creating and editing one event: texts in three languages, place, date, price, organiser's phone, when sign-up
 * opens and closes; then its time slots (generated, then edited one by one) or, for a trip, its seats.
 */
@Route(value = "admin/events/:" + EventEditorView.EVENT_PARAMETER, layout = StaffLayout.class)
@RolesAllowed(Role.COORDINATOR_ROLE)
class EventEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String EVENT_PARAMETER = "eventId";
    static final String NEW = "new";

    private final EventPlanning planning;
    private final Actor actor;
    private final List<EventKind> kinds;
    private Long eventId;
    private EventDraft draft = new EventDraft();
    final Binder<EventDraft> binder = new Binder<>(EventDraft.class);

    final Select<EventKind> kind = new Select<>();
    final TextField titleFi = new TextField();
    final TextField titleSv = new TextField();
    final TextField titleEn = new TextField();
    final TextField place = new TextField();
    final TextField address = new TextField();
    final TextField municipality = new TextField();
    final DatePicker date = new DatePicker();
    final TextArea descriptionFi = new TextArea();
    final TextArea descriptionSv = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final TextArea bringFi = new TextArea();
    final TextArea bringSv = new TextArea();
    final TextArea bringEn = new TextArea();
    final TextField priceFi = new TextField();
    final TextField priceSv = new TextField();
    final TextField priceEn = new TextField();
    final TextField organiserPhone = new TextField();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final TimePicker departs = new TimePicker();
    final TimePicker returns = new TimePicker();
    final IntegerField seats = new IntegerField();
    final Select<SignupEvent> linked = new Select<>();
    final Button save = new Button();

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
        this.kinds = planning.kinds();
        setId("event-editor");
        // once per screen: beforeEnter runs again on the same screen after each save of a new event
        generate.addClickListener(click -> generateSlots());
        save.addClickListener(click -> save());
        kind.addValueChangeListener(change -> kindChanged(change.getValue()));
        bind();
    }

    private void bind() {
        binder.forField(kind).bind(d -> kinds.stream().filter(k -> k.code().equals(d.getKindCode())).findFirst()
                .orElse(null), (d, k) -> d.setKindCode(k == null ? null : k.code()));
        binder.bind(titleFi, EventDraft::getTitleFi, EventDraft::setTitleFi);
        binder.bind(titleSv, EventDraft::getTitleSv, EventDraft::setTitleSv);
        binder.bind(titleEn, EventDraft::getTitleEn, EventDraft::setTitleEn);
        binder.bind(place, EventDraft::getPlace, EventDraft::setPlace);
        binder.bind(address, EventDraft::getAddress, EventDraft::setAddress);
        binder.bind(municipality, EventDraft::getMunicipality, EventDraft::setMunicipality);
        binder.bind(date, EventDraft::getDate, EventDraft::setDate);
        binder.bind(descriptionFi, EventDraft::getDescriptionFi, EventDraft::setDescriptionFi);
        binder.bind(descriptionSv, EventDraft::getDescriptionSv, EventDraft::setDescriptionSv);
        binder.bind(descriptionEn, EventDraft::getDescriptionEn, EventDraft::setDescriptionEn);
        binder.bind(bringFi, EventDraft::getBringFi, EventDraft::setBringFi);
        binder.bind(bringSv, EventDraft::getBringSv, EventDraft::setBringSv);
        binder.bind(bringEn, EventDraft::getBringEn, EventDraft::setBringEn);
        binder.bind(priceFi, EventDraft::getPriceFi, EventDraft::setPriceFi);
        binder.bind(priceSv, EventDraft::getPriceSv, EventDraft::setPriceSv);
        binder.bind(priceEn, EventDraft::getPriceEn, EventDraft::setPriceEn);
        binder.bind(organiserPhone, EventDraft::getOrganiserPhone, EventDraft::setOrganiserPhone);
        binder.bind(opens, EventDraft::getSignupOpens, EventDraft::setSignupOpens);
        binder.bind(closes, EventDraft::getSignupCloses, EventDraft::setSignupCloses);
        binder.bind(departs, EventDraft::getDepartsAt, EventDraft::setDepartsAt);
        binder.bind(returns, EventDraft::getReturnsAt, EventDraft::setReturnsAt);
        binder.bind(seats, EventDraft::getSeats, EventDraft::setSeats);
        binder.forField(linked).bind(d -> d.getLinkedEventId() == null ? null : planning.event(d.getLinkedEventId())
                .orElse(null), (d, e) -> d.setLinkedEventId(e == null ? null : e.id()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(EVENT_PARAMETER).orElse(NEW);
        eventId = null;
        draft = new EventDraft();
        if (!NEW.equals(parameter)) {
            try {
                eventId = Long.parseLong(parameter);
                draft = planning.draftOf(eventId);
            } catch (NumberFormatException | PlanningException e) {
                event.forwardTo(EventsView.class);
                return;
            }
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation(eventId == null ? "events.new" : "events.edit-heading"));
    }

    private void build() {
        removeAll();
        kind.setLabel(getTranslation("events.kind"));
        kind.setId("event-kind");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> k.name(getLocale()));
        label(titleFi, "event-title-fi", "events.title-fi");
        label(titleSv, "event-title-sv", "events.title-sv");
        label(titleEn, "event-title-en", "events.title-en");
        label(place, "event-place", "events.place");
        label(address, "event-address", "events.address");
        label(municipality, "event-municipality", "events.municipality");
        date.setLabel(getTranslation("events.date"));
        date.setId("event-date");
        label(descriptionFi, "event-description-fi", "events.description-fi");
        label(descriptionSv, "event-description-sv", "events.description-sv");
        label(descriptionEn, "event-description-en", "events.description-en");
        label(bringFi, "event-bring-fi", "events.bring-fi");
        label(bringSv, "event-bring-sv", "events.bring-sv");
        label(bringEn, "event-bring-en", "events.bring-en");
        label(priceFi, "event-price-fi", "events.price-fi");
        label(priceSv, "event-price-sv", "events.price-sv");
        label(priceEn, "event-price-en", "events.price-en");
        label(organiserPhone, "event-phone", "events.organiser-phone");
        opens.setLabel(getTranslation("events.opens"));
        opens.setId("event-opens");
        closes.setLabel(getTranslation("events.closes"));
        closes.setId("event-closes");
        departs.setLabel(getTranslation("events.departs"));
        departs.setId("event-departs");
        returns.setLabel(getTranslation("events.returns"));
        returns.setId("event-returns");
        seats.setLabel(getTranslation("events.seats"));
        seats.setId("event-seats");
        seats.setMin(1);
        linked.setLabel(getTranslation("events.linked"));
        linked.setId("event-linked");
        linked.setEmptySelectionAllowed(true);
        linked.setEmptySelectionCaption(getTranslation("events.linked-none"));
        linked.setItemLabelGenerator(e -> e == null ? getTranslation("events.linked-none")
                : e.titleFi() + " " + e.date());

        binder.readBean(draft);
        kindChanged(kind.getValue());

        FormLayout form = new FormLayout(kind, date, titleFi, titleSv, titleEn, place, address, municipality,
                descriptionFi, descriptionSv, descriptionEn, bringFi, bringSv, bringEn, priceFi, priceSv, priceEn,
                organiserPhone, opens, closes, departs, returns, seats, linked);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));

        save.setText(getTranslation("events.save"));
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("events.back"), click -> getUI().ifPresent(ui -> ui.navigate(EventsView.class)));
        back.setId("event-back");
        add(new H1(getTranslation(eventId == null ? "events.new" : "events.edit-heading")), form,
                new HorizontalLayout(save, back), slotSection);
        buildSlots();
    }

    private void kindChanged(EventKind chosen) {
        boolean seatsKind = chosen != null && chosen.unit() == BookingUnit.SEATS;
        departs.setVisible(seatsKind);
        returns.setVisible(seatsKind);
        seats.setVisible(seatsKind);
        linked.setVisible(chosen != null && chosen.linksToKind() != null);
        if (chosen != null && chosen.linksToKind() != null) {
            linked.setItems(planning.events().stream().filter(e -> e.kind().code().equals(chosen.linksToKind()))
                    .filter(e -> eventId == null || e.id() != eventId).toList());
            if (draft.getLinkedEventId() != null) {
                planning.event(draft.getLinkedEventId()).ifPresent(linked::setValue);
            }
        }
        slotSection.setVisible(eventId != null && !seatsKind);
    }

    void save() {
        EventDraft edited = new EventDraft();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        try {
            long id = planning.save(eventId, edited, actor);
            notify(getTranslation("events.saved"), false);
            if (eventId == null) {
                getUI().ifPresent(ui -> ui.navigate(EventEditorView.class,
                        new RouteParameters(EVENT_PARAMETER, String.valueOf(id))));
            } else {
                draft = edited;
                buildSlots();
            }
        } catch (PlanningException problem) {
            notify(getTranslation(problem.messageKey(), problem.messageArguments(key -> getTranslation(key))), true);
        }
    }

    private void buildSlots() {
        slotSection.removeAll();
        if (eventId == null) {
            return;
        }
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
        HorizontalLayout generator = new HorizontalLayout(slotsStart, slotsEnd, slotMinutes, slotCapacity, generate);
        generator.setAlignItems(FlexComponent.Alignment.END);
        generator.setWrap(true);

        slots.removeAllColumns();
        slots.setId("slots-grid");
        slots.addComponentColumn(slot -> {
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
        }).setHeader(getTranslation("slots.slot")).setFlexGrow(1);
        slots.addColumn(Slot::booked).setHeader(getTranslation("slots.booked")).setAutoWidth(true);
        slots.setAllRowsVisible(true);
        slots.setItems(planning.slots(eventId));

        Paragraph hint = new Paragraph(getTranslation("slots.hint"));
        slotSection.add(new H2(getTranslation("slots.heading")), hint, generator, slots);
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
        slots.setItems(planning.slots(eventId));
    }

    private void label(com.vaadin.flow.component.HasLabel field, String id, String key) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
    }

    private static void notify(String text, boolean problem) {
        Notification note = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        if (problem) {
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    Long eventId() {
        return eventId;
    }
}
