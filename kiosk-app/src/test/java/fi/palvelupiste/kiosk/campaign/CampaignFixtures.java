package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/** Last year's round as a coordinator made it: a photo day, the permit trip's bus linked to it, and a bus route. */
public final class CampaignFixtures {

    public static final Actor COORDINATOR = Actor.staff("koordinaattori");

    /** The round's parts, by id. */
    public record Round(long campaign, long photoDay, long trip, long bus, LocalDate firstDate) {
    }

    private CampaignFixtures() {
    }

    /** A photo day of three 10-minute slots for 2 each, its 40-seat trip, a bus with two stops to the trip. */
    public static Round round(Campaigns campaigns, EventPlanning events, RidePlanning rides, SignupBooking signups,
                              Clock clock, String name) {
        long photoDay = SignupFixtures.photoDay(events, clock, 3, 2);
        long trip = SignupFixtures.trip(events, clock, 40, photoDay);
        long bus = rides.save(null, new RideDraft(trip, null, LocalizedText.of(Language.FI, "Tilausbussi"), "Kuopio",
                Vehicle.BUS, 40, 2, LocalTime.of(15, 0), "Tervon Liikenne", "044 765 4321"), COORDINATOR);
        rides.addStop(bus, "Tervo kirkonkylä", "Kylätalon piha", LocalTime.of(7, 40), COORDINATOR);
        rides.addStop(bus, "Kuuslahti", "Kylätalon piha", LocalTime.of(8, 0), COORDINATOR);
        CampaignDraft draft = new CampaignDraft();
        draft.setName(name);
        draft.setMunicipality("Tervo");
        LocalDate first = signups.event(photoDay).orElseThrow().date();
        draft.setFirstDate(first);
        draft.setLastDate(signups.event(trip).orElseThrow().date());
        draft.setPartners("Tervon seurakunta\nOsuuspankki\nKuuslahden kyläyhdistys");
        long campaign = campaigns.save(null, draft, COORDINATOR);
        campaigns.addEvent(campaign, photoDay, COORDINATOR);
        campaigns.addEvent(campaign, trip, COORDINATOR);
        campaigns.addRide(campaign, bus, COORDINATOR);
        return new Round(campaign, photoDay, trip, bus, first);
    }
}
