package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;

/** A new ride as the coordinator fills it in on the rides page: the {@link RideForm}'s bean. */
class EditedRide {

    private @Nullable SignupEvent event;
    private @Nullable LocalDate date;
    private LocalizedText name = LocalizedText.EMPTY;
    private @Nullable Vehicle vehicle = Vehicle.BUS;
    private @Nullable Integer seats;
    private @Nullable Integer wheelchairPlaces = 0;
    private @Nullable LocalTime returnsAt;
    private String operatorName = "";
    private String contactPhone = "";

    /** The ride to save: an event's ride goes to the event's place; an empty count is none. */
    RideDraft toDraft() {
        return new RideDraft(event == null ? null : event.id(), date, name, event == null ? "" : event.place(), vehicle, seats == null ? 0 : seats,
                wheelchairPlaces == null ? 0 : wheelchairPlaces, returnsAt, operatorName, contactPhone);
    }

    @Nullable SignupEvent getEvent() { return event; }
    void setEvent(@Nullable SignupEvent event) { this.event = event; }
    @Nullable LocalDate getDate() { return date; }
    void setDate(@Nullable LocalDate date) { this.date = date; }
    LocalizedText getName() { return name; }
    void setName(LocalizedText name) { this.name = name; }
    @Nullable Vehicle getVehicle() { return vehicle; }
    void setVehicle(@Nullable Vehicle vehicle) { this.vehicle = vehicle; }
    @Nullable Integer getSeats() { return seats; }
    void setSeats(@Nullable Integer seats) { this.seats = seats; }
    @Nullable Integer getWheelchairPlaces() { return wheelchairPlaces; }
    void setWheelchairPlaces(@Nullable Integer wheelchairPlaces) { this.wheelchairPlaces = wheelchairPlaces; }
    @Nullable LocalTime getReturnsAt() { return returnsAt; }
    void setReturnsAt(@Nullable LocalTime returnsAt) { this.returnsAt = returnsAt; }
    String getOperatorName() { return operatorName; }
    void setOperatorName(String operatorName) { this.operatorName = operatorName; }
    String getContactPhone() { return contactPhone; }
    void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
}
