package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.staff.ui.StaffDateTimePicker;
import fi.palvelupiste.kiosk.staff.ui.StaffDatePicker;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventKind;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.staff.ui.FormEvent;
import fi.palvelupiste.kiosk.staff.ui.LocalizedTextField;
import org.jspecify.annotations.Nullable;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * An event as the coordinator writes it: kind, texts in every language, place, date, price, organiser's phone,
 * when sign-up opens and closes, and for a trip its times and seats. Knows no service: "Save" fires a
 * {@link SaveEvent} with the draft once the Binder finds nothing to fix, "Back" a {@link CloseEvent}.
 */
class EventForm extends FormLayout {

    final Select<EventKind> kind = new Select<>();
    final LocalizedTextField title = LocalizedTextField.singleLine("event-title", getTranslation("events.title"));
    final TextField place = field("event-place", "events.place");
    final TextField address = field("event-address", "events.address");
    final TextField municipality = field("event-municipality", "events.municipality");
    final DatePicker date = new StaffDatePicker(getTranslation("events.date"));
    final LocalizedTextField description = LocalizedTextField.severalLines("event-description",
            getTranslation("events.description"));
    final LocalizedTextField bring = LocalizedTextField.severalLines("event-bring", getTranslation("events.bring"));
    final LocalizedTextField price = LocalizedTextField.singleLine("event-price", getTranslation("events.price"));
    final TextField organiserPhone = field("event-phone", "events.organiser-phone");
    final DateTimePicker opens = new StaffDateTimePicker(getTranslation("events.opens"));
    final DateTimePicker closes = new StaffDateTimePicker(getTranslation("events.closes"));
    final TimePicker departs = new TimePicker(getTranslation("events.departs"));
    final TimePicker returns = new TimePicker(getTranslation("events.returns"));
    final IntegerField seats = new IntegerField(getTranslation("events.seats"));
    final Select<SignupEvent> linked = new Select<>();
    final Button save = new Button(getTranslation("events.save"));
    final Button back = new Button(getTranslation("events.back"));

    private final Binder<EventDraft> binder = new Binder<>(EventDraft.class);
    private final List<EventKind> kinds;
    private List<SignupEvent> events = List.of();
    private @Nullable Long eventId;

    EventForm(List<EventKind> kinds) {
        this.kinds = kinds;
        kind.setLabel(getTranslation("events.kind"));
        kind.setId("event-kind");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> k.name().get(getLocale()));
        date.setId("event-date");
        opens.setId("event-opens");
        closes.setId("event-closes");
        departs.setId("event-departs");
        returns.setId("event-returns");
        seats.setId("event-seats");
        seats.setMin(1);
        linked.setLabel(getTranslation("events.linked"));
        linked.setId("event-linked");
        linked.setEmptySelectionAllowed(true);
        linked.setEmptySelectionCaption(getTranslation("events.linked-none"));
        linked.setItemLabelGenerator(e -> e == null ? getTranslation("events.linked-none")
                : e.title().in(Language.FI) + " " + e.date());
        title.setRequiredIndicatorVisible(Language.FI, true);
        place.setRequiredIndicatorVisible(true);
        kind.addValueChangeListener(change -> kindChanged(change.getValue()));
        bind();

        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        back.setId("event-back");
        back.addClickListener(click -> fireEvent(new CloseEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, back);

        add(kind, date);
        addFullRow(title);
        add(place, address, municipality);
        addFullRow(description);
        addFullRow(bring);
        addFullRow(price);
        add(organiserPhone, opens, closes, departs, returns, seats, linked);
        addFullRow(buttons);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 3));
    }

    private void bind() {
        binder.forField(kind).asRequired(getTranslation("events.error.kind"))
                .bind(d -> kindOf(d.getKindCode()), (d, k) -> d.setKindCode(k == null ? null : k.code()));
        binder.forField(title).withValidator(t -> !t.in(Language.FI).isBlank(), getTranslation("events.error.title"))
                .bind(EventDraft::getTitle, EventDraft::setTitle);
        binder.forField(place).withValidator(p -> !p.isBlank(), getTranslation("events.error.place"))
                .bind(EventDraft::getPlace, EventDraft::setPlace);
        binder.bind(address, EventDraft::getAddress, EventDraft::setAddress);
        binder.bind(municipality, EventDraft::getMunicipality, EventDraft::setMunicipality);
        binder.forField(date).asRequired(getTranslation("events.error.date"))
                .bind(EventDraft::getDate, EventDraft::setDate);
        binder.bind(description, EventDraft::getDescription, EventDraft::setDescription);
        binder.bind(bring, EventDraft::getBring, EventDraft::setBring);
        binder.bind(price, EventDraft::getPrice, EventDraft::setPrice);
        binder.bind(organiserPhone, EventDraft::getOrganiserPhone, EventDraft::setOrganiserPhone);
        String signupTimes = getTranslation("events.error.signup-times");
        binder.forField(opens).asRequired(signupTimes).bind(EventDraft::getSignupOpens, EventDraft::setSignupOpens);
        binder.forField(closes).asRequired(signupTimes)
                .withValidator(c -> opens.getValue() == null || c.isAfter(opens.getValue()), signupTimes)
                .bind(EventDraft::getSignupCloses, EventDraft::setSignupCloses);
        String tripTimes = getTranslation("events.error.trip-times");
        binder.forField(departs).withValidator(t -> !seatsKind() || t != null, tripTimes)
                .bind(EventDraft::getDepartsAt, EventDraft::setDepartsAt);
        binder.forField(returns).withValidator(this::returnsAfterDeparture, tripTimes)
                .bind(EventDraft::getReturnsAt, EventDraft::setReturnsAt);
        binder.forField(seats).withValidator(s -> !seatsKind() || (s != null && s >= 1),
                getTranslation("events.error.seats")).bind(EventDraft::getSeats, EventDraft::setSeats);
        binder.forField(linked).bind(d -> d.getLinkedEventId() == null ? null : events.stream()
                        .filter(e -> Objects.equals(e.id(), d.getLinkedEventId())).findFirst().orElse(null),
                (d, e) -> d.setLinkedEventId(e == null ? null : e.id()));
    }

    /**
     * Shows an event to edit.
     *
     * @param editing the stored event's id, or null for a new one
     * @param events  every event, those this one may be offered with among them
     */
    void edit(@Nullable Long editing, EventDraft draft, List<SignupEvent> events) {
        this.eventId = editing;
        this.events = events;
        // the fields and choices of the draft's kind first, so that the Binder finds its linked event among them
        kindChanged(kindOf(draft.getKindCode()));
        binder.readBean(draft);
    }

    /** Fires {@link SaveEvent} with what is typed, or says what to fix first. */
    void save() {
        BinderValidationStatus<EventDraft> status = binder.validate();
        EventDraft edited = new EventDraft();
        if (status.isOk() && binder.writeBeanIfValid(edited)) {
            fireEvent(new SaveEvent(this, edited));
        } else {
            Notification.show(status.getValidationErrors().stream().map(ValidationResult::getErrorMessage)
                            .findFirst().orElse(getTranslation("events.error.title")), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private @Nullable EventKind kindOf(@Nullable String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst().orElse(null);
    }

    boolean seatsKind() {
        return kind.getValue() != null && kind.getValue().unit() == BookingUnit.SEATS;
    }

    private boolean returnsAfterDeparture(@Nullable LocalTime returnsAt) {
        return !seatsKind() || returnsAt != null && (departs.getValue() == null || returnsAt.isAfter(departs.getValue()));
    }

    private void kindChanged(@Nullable EventKind chosen) {
        boolean seatsKind = chosen != null && chosen.unit() == BookingUnit.SEATS;
        departs.setVisible(seatsKind);
        returns.setVisible(seatsKind);
        seats.setVisible(seatsKind);
        String linksTo = chosen == null ? null : chosen.linksToKind();
        linked.setVisible(linksTo != null);
        if (linksTo != null) {
            SignupEvent chosenLink = linked.getValue();
            linked.setItems(events.stream().filter(e -> e.kind().code().equals(linksTo))
                    .filter(e -> eventId == null || e.id() != eventId).toList());
            if (chosenLink != null) {
                events.stream().filter(e -> e.id() == chosenLink.id()).findFirst().ifPresent(linked::setValue);
            }
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    private void addFullRow(com.vaadin.flow.component.Component component) {
        add(component);
        setColspan(component, 3);
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    /** "Save" with a draft that the Binder found nothing to fix in. */
    static final class SaveEvent extends FormEvent<EventForm, EventDraft> {

        SaveEvent(EventForm source, EventDraft value) {
            super(source, value);
        }
    }

    /** "Back to the events". */
    static final class CloseEvent extends ComponentEvent<EventForm> {

        CloseEvent(EventForm source) {
            super(source, false);
        }
    }
}
