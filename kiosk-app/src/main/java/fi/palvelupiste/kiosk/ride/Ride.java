package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.Language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * One vehicle's ride on one day, with its capacity: seats and wheelchair places are counted separately.
 *
 * @param eventId the event it takes people to, or null for a ride on its own (asiointiliikenne)
 */
public record Ride(long id, UUID publicId, String siteId, Long eventId, LocalDate date, String nameFi, String nameSv,
                   String nameEn, String destination, Vehicle vehicle, int seats, int seatsBooked,
                   int wheelchairPlaces, int wheelchairBooked, LocalTime returnsAt, String operatorName,
                   String contactPhone, OffsetDateTime personalDataDeletedAt, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt) {

    public String name(Locale locale) {
        String text = switch (Language.of(locale)) {
            case FI -> nameFi;
            case SV -> nameSv;
            case EN -> nameEn;
        };
        return text == null || text.isBlank() ? nameFi : text;
    }

    public int freeSeats() {
        return Math.max(0, seats - seatsBooked);
    }

    public int freeWheelchairPlaces() {
        return Math.max(0, wheelchairPlaces - wheelchairBooked);
    }

    public boolean standalone() {
        return eventId == null;
    }
}
