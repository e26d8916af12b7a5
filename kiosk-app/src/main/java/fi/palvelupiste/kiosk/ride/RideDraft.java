package fi.palvelupiste.kiosk.ride;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A ride as the coordinator defines it.
 *
 * @param eventId the event it serves (its date is the ride's), or null for a ride on its own on {@code date}
 */
public record RideDraft(Long eventId, LocalDate date, String nameFi, String nameSv, String nameEn, String destination,
                        Vehicle vehicle, int seats, int wheelchairPlaces, LocalTime returnsAt, String operatorName,
                        String contactPhone) {
}
