package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.staff.ui.StaffDatePicker;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.staff.ui.FormEvent;
import fi.palvelupiste.kiosk.staff.ui.LocalizedTextField;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A new ride as the coordinator fills it in: the event it serves or its own date, its name in every language,
 * vehicle, seats and wheelchair places, return time, operator. Knows no service: "Create the ride" fires a
 * {@link SaveEvent} once the Binder finds nothing to fix, and otherwise says what to fix first.
 */
class RideForm extends FormLayout {

    final ComboBox<SignupEvent> event = new ComboBox<>(getTranslation("ride.admin.event"));
    final DatePicker date = new StaffDatePicker(getTranslation("ride.admin.date-standalone"));
    final LocalizedTextField name = LocalizedTextField.singleLine("ride-name", getTranslation("ride.admin.name"));
    final ComboBox<Vehicle> vehicle = new ComboBox<>(getTranslation("ride.admin.vehicle"));
    final IntegerField seats = new IntegerField(getTranslation("ride.admin.seats"));
    final IntegerField wheelchairPlaces = new IntegerField(getTranslation("ride.admin.wheelchair"));
    final TimePicker returnsAt = new TimePicker(getTranslation("ride.admin.returns"));
    final TextField operator = new TextField(getTranslation("ride.admin.operator"));
    final TextField phone = new TextField(getTranslation("ride.admin.phone"));
    final Button create = new Button(getTranslation("ride.admin.create"));

    private final Binder<EditedRide> binder = new Binder<>(EditedRide.class);

    RideForm() {
        event.setId("ride-event");
        event.setItemLabelGenerator(e -> e.title().get(getLocale()) + ", " + e.date());
        event.setClearButtonVisible(true);
        date.setId("ride-date");
        vehicle.setId("ride-vehicle");
        vehicle.setItems(Vehicle.values());
        vehicle.setItemLabelGenerator(v -> getTranslation(v.messageKey()));
        seats.setId("ride-seats");
        seats.setMin(0);
        wheelchairPlaces.setId("ride-wheelchair");
        wheelchairPlaces.setMin(0);
        returnsAt.setId("ride-returns");
        operator.setId("ride-operator");
        phone.setId("ride-phone");
        name.setRequiredIndicatorVisible(Language.FI, true);
        create.setId("ride-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> save());

        binder.forField(event).bind(EditedRide::getEvent, EditedRide::setEvent);
        binder.forField(date).withValidator(d -> d != null || event.getValue() != null,
                getTranslation("ride.error.date")).bind(EditedRide::getDate, EditedRide::setDate);
        binder.forField(name).withValidator(n -> !n.in(Language.FI).isBlank(), getTranslation("ride.error.name"))
                .bind(EditedRide::getName, EditedRide::setName);
        binder.forField(vehicle).asRequired(getTranslation("ride.error.places"))
                .bind(EditedRide::getVehicle, EditedRide::setVehicle);
        binder.forField(seats).withValidator(this::placesGiven, getTranslation("ride.error.places"))
                .bind(EditedRide::getSeats, EditedRide::setSeats);
        binder.forField(wheelchairPlaces).bind(EditedRide::getWheelchairPlaces, EditedRide::setWheelchairPlaces);
        binder.forField(returnsAt).bind(EditedRide::getReturnsAt, EditedRide::setReturnsAt);
        binder.forField(operator).bind(EditedRide::getOperatorName, EditedRide::setOperatorName);
        binder.forField(phone).bind(EditedRide::getContactPhone, EditedRide::setContactPhone);

        add(event, date, vehicle);
        add(name, 3);
        add(seats, wheelchairPlaces, returnsAt, operator, phone);
        add(new HorizontalLayout(create), 3);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 3));
        edit(new EditedRide());
    }

    /** The events a ride can be for. */
    void setEvents(List<SignupEvent> events) {
        event.setItems(events);
    }

    void edit(EditedRide ride) {
        binder.readBean(ride);
    }

    /** Fires {@link SaveEvent} with what is typed, or says what to fix first. */
    void save() {
        BinderValidationStatus<EditedRide> status = binder.validate();
        EditedRide edited = new EditedRide();
        if (status.isOk() && binder.writeBeanIfValid(edited)) {
            fireEvent(new SaveEvent(this, edited));
        } else {
            Notification.show(status.getValidationErrors().stream().map(ValidationResult::getErrorMessage)
                    .findFirst().orElse(getTranslation("ride.error.places")), 5000, Notification.Position.MIDDLE);
        }
    }

    /** At least one seat or wheelchair place, and neither count below zero. */
    private boolean placesGiven(@Nullable Integer seatCount) {
        int seatsGiven = seatCount == null ? 0 : seatCount;
        int wheelchairs = wheelchairPlaces.getValue() == null ? 0 : wheelchairPlaces.getValue();
        return seatsGiven >= 0 && wheelchairs >= 0 && seatsGiven + wheelchairs >= 1;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** "Create the ride" with a ride that the Binder found nothing to fix in. */
    static final class SaveEvent extends FormEvent<RideForm, EditedRide> {

        SaveEvent(RideForm source, EditedRide value) {
            super(source, value);
        }
    }
}
