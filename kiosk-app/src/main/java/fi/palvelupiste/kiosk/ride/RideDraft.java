package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.LocalizedText;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A ride as the coordinator defines it.
 *
 * @param eventId the event it serves (its date is the ride's), or null for a ride on its own on {@code date}
 */
public record RideDraft(Long eventId, LocalDate date, LocalizedText name, String destination,
                        Vehicle vehicle, int seats, int wheelchairPlaces, LocalTime returnsAt, String operatorName,
                        String contactPhone) {

    /** The same ride on another day (a ride of an event takes the event's day instead). */
    public RideDraft on(LocalDate day) {
        return new RideDraft(eventId, day, name, destination, vehicle, seats, wheelchairPlaces, returnsAt, operatorName,
                contactPhone);
    }
}
