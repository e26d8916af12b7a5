package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A hub ride as a site's kiosks get it: what the coordinator wrote (its name in every language), and its stops in pickup order. Its seats and
 * wheelchair places are not in it: they are the site's grants ({@link RidePools}). Records are named by public ids.
 *
 * @param event the event it takes people to, or null for a ride on its own
 */
public record RideCopy(UUID publicId, String siteId, @Nullable UUID event, LocalDate date, LocalizedText name,
                       String destination, Vehicle vehicle,
                       @Nullable LocalTime returnsAt, String operatorName, String contactPhone, List<StopCopy> stops) {

    /** A stop's place and time. */
    public record StopCopy(UUID publicId, int position, String village, String pickupPoint, LocalTime pickupAt) {
    }

    static RideCopy of(Ride ride, @Nullable UUID event, List<RideStop> stops) {
        return new RideCopy(ride.publicId(), ride.siteId(), event, ride.date(), ride.name(),
                ride.destination(), ride.vehicle(), ride.returnsAt(), ride.operatorName(),
                ride.contactPhone(), stops.stream().map(stop -> new StopCopy(stop.publicId(), stop.position(),
                        stop.village(), stop.pickupPoint(), stop.pickupAt())).toList());
    }

    /** What the kiosk keeps of it, with the places it holds now (they change only with grants). */
    RideDraft draft(@Nullable Long eventId, int seats, int wheelchairPlaces) {
        return new RideDraft(eventId, date, name, destination, vehicle, seats, wheelchairPlaces,
                returnsAt, operatorName, contactPhone);
    }
}
