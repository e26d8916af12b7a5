package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import fi.palvelupiste.kiosk.signup.SignupRideRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Deleting rides' personal data after the day: bookings, their slips and the manifests (counts kept), as part of
 * an event's retention or, for rides on their own, the day after.
 */
@Service
public class RideRetention implements SignupRideRetention {

    private static final Logger log = LoggerFactory.getLogger(RideRetention.class);

    private final RideRepository rides;
    private final PrintJobPrivacy printing;

    RideRetention(RideRepository rides, PrintJobPrivacy printing) {
        this.rides = rides;
        this.printing = printing;
    }


    @Override
    public int deleteOfEvent(long eventId, OffsetDateTime now) {
        int deleted = 0;
        for (Ride ride : rides.ofEvent(eventId)) {
            if (ride.personalDataDeletedAt() == null) {
                deleted += deletePersonalData(ride, now);
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} ride booking(s) of event {}", deleted, eventId);
        }
        return deleted;
    }

    @Override
    public int deleteStandaloneOnOrBefore(LocalDate day, OffsetDateTime now) {
        int deleted = 0;
        for (Ride ride : rides.standaloneOnOrBefore(day)) {
            int n = deletePersonalData(ride, now);
            log.info("Deleted {} booking(s) of ride {} ({}), held on {}", n, ride.id(), ride.name().in(Language.FI), ride.date());
            deleted += n;
        }
        return deleted;
    }

    /** A ride's bookings, their slips and its manifests (reprints too, and the paper files), counts kept. */
    private int deletePersonalData(Ride ride, OffsetDateTime now) {
        printing.delete(rides.unlinkSlips(ride.id()));
        printing.deleteOf(PrintJobOwner.ride(ride.id()));
        return rides.deletePersonalData(ride.id(), now);
    }
}
