package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.photoday.PhotoDayFixtures;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.ride.Passenger;
import fi.palvelupiste.kiosk.ride.RideBoarding;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * A campaign round of one photo day in Tervo (1,500 residents) as the day went, for the funders' report: run by the
 * photo-day tests' own context (PhotoDayFixtures.OWN_CONTEXT), as it moves the clock to the day.
 */
public final class ReportFixtures {

    static final Actor PHOTOGRAPHER = Actor.staff("kuvaaja");

    /** The campaign of the seeded day, and its date. */
    public record Seeded(long campaign, LocalDate day) {
    }

    private ReportFixtures() {
    }

    /** 4 booked (3 came, photographed; Olga never came), 2 walk-ins (one photographed), a bus with 3 bookings. */
    public static Seeded seed(String name, Campaigns campaigns, EventPlanning planning, SignupBooking signups,
                              PhotoDays photoDays, RidePlanning rides, RideBookings rideBookings, RideBoarding boarding,
                              MutableClock clock) {
        long event = PhotoDayFixtures.photoDay(planning, clock, 3, 2);
        SignupEvent photoDay = planning.event(event).orElseThrow();
        long bus = rides.save(null, new RideDraft(null, photoDay.date(), LocalizedText.of(Language.FI, "Kuvauskyyti"),
                photoDay.place(), Vehicle.SERVICE_MINIBUS, 8, 1, LocalTime.of(14, 0), "Tervon Liikenne", "044 765 4321"),
                CampaignFixtures.COORDINATOR);
        long church = rides.addStop(bus, "Tervo kirkonkylä", "Kylätalon piha", LocalTime.of(9, 0), CampaignFixtures.COORDINATOR);
        long village = rides.addStop(bus, "Kuuslahti", "Koulun pysäkki", LocalTime.of(9, 20), CampaignFixtures.COORDINATOR);
        CampaignDraft draft = new CampaignDraft();
        draft.setName(name);
        draft.setMunicipality("Tervo");
        draft.setFirstDate(photoDay.date());
        draft.setLastDate(photoDay.date());
        long campaign = campaigns.save(null, draft, CampaignFixtures.COORDINATOR);
        campaigns.addEvent(campaign, event, CampaignFixtures.COORDINATOR);
        campaigns.addRide(campaign, bus, CampaignFixtures.COORDINATOR);
        campaigns.savePopulation("Tervo", 1500, CampaignFixtures.COORDINATOR);

        long aino = book(signups, event, 0, "Aino", "Virtanen", "fi");
        long eino = book(signups, event, 0, "Eino", "Korhonen", "fi");
        long sven = book(signups, event, 1, "Sven", "Lindqvist", "sv");
        book(signups, event, 1, "Olga", "Petrenko", "uk");
        long couple = rideBookings.bookStandalone(new RideRequest(church, 1, true),
                SignupFixtures.person("Aino", "Virtanen", "0401234567"), Locale.of("fi")).bookingId();
        long single = rideBookings.bookStandalone(new RideRequest(village, 1, false),
                SignupFixtures.person("Eino", "Korhonen", null), Locale.of("fi")).bookingId();

        PhotoDayFixtures.moveTo(clock, planning, event, LocalTime.of(9, 0));
        boarding.mark(bus, couple, Passenger.Boarding.BOARDED, CampaignFixtures.COORDINATOR);
        boarding.mark(bus, single, Passenger.Boarding.NO_SHOW, CampaignFixtures.COORDINATOR);
        boarding.walkOn(village, new Person("Saara", "Kinnunen", null, Needs.NONE), 1, false, CampaignFixtures.COORDINATOR,
                Locale.of("sv"));

        PhotoDayFixtures.moveTo(clock, planning, event, LocalTime.of(9, 55));
        for (long signup : List.of(aino, eino, sven)) {
            photoDays.checkInByStaff(photoDay, signup, PHOTOGRAPHER);
        }
        photoDays.takeWalkIn(photoDay, Locale.of("sv"));
        photoDays.takeWalkIn(photoDay, Locale.of("en"));
        PhotoDayFixtures.moveTo(clock, planning, event, LocalTime.of(10, 30));
        for (int i = 0; i < 4; i++) {
            var next = photoDays.callNext(photoDay, PHOTOGRAPHER).orElseThrow();
            photoDays.photographed(photoDay, next, PHOTOGRAPHER);
            if (i == 0 || i == 3) {
                photoDays.helped(photoDay, next, PHOTOGRAPHER);
            }
        }
        return new Seeded(campaign, photoDay.date());
    }

    private static long book(SignupBooking signups, long event, int slot, String first, String last, String language) {
        return signups.signUp(new SignupRequest(event, signups.slots(event).get(slot).id(),
                SignupFixtures.person(first, last, null), null, Locale.of(language))).people().getFirst().signup().id();
    }

    /** What the seeded day is for the funders. */
    public static Figures expected() {
        // sign-ups 4, waitlisted 0, checked in 3, photographed 3 + 1 walk-in, helped 2, no-shows 1 (Olga), walk-ins 2;
        // bus: 3 bookings, 4 people (1 + a wheelchair, 1, 1 added), 3 on board, 1 not come, 1 added, 1 wheelchair place
        return new Figures(4, 0, 3, 4, 2, 1, 2, 3, 4, 3, 1, 1, 1);
    }
}
