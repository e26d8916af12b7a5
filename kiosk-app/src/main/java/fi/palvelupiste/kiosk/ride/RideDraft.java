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
}
