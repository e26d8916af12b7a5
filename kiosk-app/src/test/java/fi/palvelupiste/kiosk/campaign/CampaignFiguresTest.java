package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.KioskTest;
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
import fi.palvelupiste.kiosk.signup.SignupRetention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import static fi.palvelupiste.kiosk.campaign.CampaignFixtures.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/** The funders' figures of a seeded photo day and bus, and the same figures after the retention purge. */
@KioskTest
@TestPropertySource(properties = PhotoDayFixtures.OWN_CONTEXT)
class CampaignFiguresTest {

    static final Actor PHOTOGRAPHER = Actor.staff("kuvaaja");

    @Autowired
    CampaignFigures figures;
    @Autowired
    Campaigns campaigns;
    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    PhotoDays photoDays;
    @Autowired
    RidePlanning rides;
    @Autowired
    RideBookings rideBookings;
    @Autowired
    RideBoarding boarding;
    @Autowired
    SignupRetention retention;
    @Autowired
    MutableClock clock;

    /** The campaign of one seeded day, and its date. */
    record Seeded(long campaign, LocalDate day) {
    }

    @Test
    void the_report_counts_the_seeded_photo_day_and_bus_per_day_and_municipality() {
        Seeded seeded = seed("Henkkarit Tervo");

        CampaignReport report = figures.report(seeded.campaign()).orElseThrow();

        assertThat(report.days()).singleElement().satisfies(day -> {
            assertThat(day.day()).isEqualTo(seeded.day());
            assertThat(day.municipality()).isEqualTo("Tervo");
        });
        assertThat(report.total()).isEqualTo(expected());
        assertThat(report.municipalities()).singleElement().satisfies(tervo -> {
            assertThat(tervo.residents()).isEqualTo(1500);
            assertThat(tervo.sharePercent()).as("4 photographed of 1,500 residents").isCloseTo(0.2667,
                    org.assertj.core.data.Offset.offset(0.001));
        });
        assertThat(report.villages()).extracting(v -> v.village() + " " + v.bookings() + "/" + v.travellers() + "/"
                        + v.boarded() + "/" + v.noShows() + "/" + v.walkOns() + "/" + v.wheelchairPlaces())
                .containsExactly("Kuuslahti 2/2/1/1/1/0", "Tervo kirkonkylä 1/2/2/0/0/1");
        assertThat(report.languages()).extracting(l -> l.language() + " " + l.people() + "+" + l.busTravellers())
                .containsExactly("fi 2+3", "sv 2+1", "en 1+0", "uk 1+0");
        assertThat(report.lastRound()).isNull();
    }

    @Test
    void every_figure_is_the_same_after_the_retention_purge_as_before_it() {
        Seeded seeded = seed("Henkkarit Tervo, purge");
        CampaignReport before = figures.report(seeded.campaign()).orElseThrow();

        assertThat(retention.deleteExpired(seeded.day().plusDays(30))).isNotEmpty();

        CampaignReport after = figures.report(seeded.campaign()).orElseThrow();
        assertThat(after.days()).isEqualTo(before.days());
        assertThat(after.municipalities()).isEqualTo(before.municipalities());
        assertThat(after.villages()).isEqualTo(before.villages());
        assertThat(after.languages()).isEqualTo(before.languages());
        assertThat(after.total()).isEqualTo(expected());
    }

    @Test
    void the_csv_has_the_figures_and_no_names_or_phones() {
        Seeded seeded = seed("Henkkarit Tervo, CSV");
        CampaignReport report = figures.report(seeded.campaign()).orElseThrow();

        String csv = new String(figures.csv(report, key -> key), StandardCharsets.UTF_8);

        assertThat(csv).contains(seeded.day() + ";Tervo;4;0;3;4;2;1;2;3;4;3;1;1;1;;\r\n")
                .contains("report.all-days;Tervo;4;0;3;4;2;1;2;3;4;3;1;1;1;1500;0,3\r\n")
                .contains("Kuuslahti;2;2;1;1;1;0")
                .doesNotContain("Virtanen").doesNotContain("0401234567");
    }

    /** 4 booked (3 came, photographed; Olga never came), 2 walk-ins (one photographed), a bus with 3 bookings. */
    private Seeded seed(String name) {
        long event = PhotoDayFixtures.photoDay(planning, clock, 3, 2);
        SignupEvent photoDay = planning.event(event).orElseThrow();
        long bus = rides.save(null, new RideDraft(null, photoDay.date(), LocalizedText.of(Language.FI, "Kuvauskyyti"),
                photoDay.place(), Vehicle.SERVICE_MINIBUS, 8, 1, LocalTime.of(14, 0), "Tervon Liikenne", "044 765 4321"),
                COORDINATOR);
        long church = rides.addStop(bus, "Tervo kirkonkylä", "Kylätalon piha", LocalTime.of(9, 0), COORDINATOR);
        long village = rides.addStop(bus, "Kuuslahti", "Koulun pysäkki", LocalTime.of(9, 20), COORDINATOR);
        CampaignDraft draft = new CampaignDraft();
        draft.setName(name);
        draft.setMunicipality("Tervo");
        draft.setFirstDate(photoDay.date());
        draft.setLastDate(photoDay.date());
        long campaign = campaigns.save(null, draft, COORDINATOR);
        campaigns.addEvent(campaign, event, COORDINATOR);
        campaigns.addRide(campaign, bus, COORDINATOR);
        campaigns.savePopulation("Tervo", 1500, COORDINATOR);

        long aino = book(event, 0, "Aino", "Virtanen", "fi");
        long eino = book(event, 0, "Eino", "Korhonen", "fi");
        long sven = book(event, 1, "Sven", "Lindqvist", "sv");
        book(event, 1, "Olga", "Petrenko", "uk");
        long couple = rideBookings.bookStandalone(new RideRequest(church, 1, true),
                SignupFixtures.person("Aino", "Virtanen", "0401234567"), Locale.of("fi")).bookingId();
        long single = rideBookings.bookStandalone(new RideRequest(village, 1, false),
                SignupFixtures.person("Eino", "Korhonen", null), Locale.of("fi")).bookingId();

        PhotoDayFixtures.moveTo(clock, planning, event, LocalTime.of(9, 0));
        boarding.mark(bus, couple, Passenger.Boarding.BOARDED, COORDINATOR);
        boarding.mark(bus, single, Passenger.Boarding.NO_SHOW, COORDINATOR);
        boarding.walkOn(village, new Person("Saara", "Kinnunen", null, Needs.NONE), 1, false, COORDINATOR,
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

    private long book(long event, int slot, String first, String last, String language) {
        return signups.signUp(new SignupRequest(event, signups.slots(event).get(slot).id(),
                SignupFixtures.person(first, last, null), null, Locale.of(language))).people().getFirst().signup().id();
    }

    /** What the seeded day is for the funders. */
    private static Figures expected() {
        // sign-ups 4, waitlisted 0, checked in 3, photographed 3 + 1 walk-in, helped 2, no-shows 1 (Olga), walk-ins 2;
        // bus: 3 bookings, 4 people (1 + a wheelchair, 1, 1 added), 3 on board, 1 not come, 1 added, 1 wheelchair place
        return new Figures(4, 0, 3, 4, 2, 1, 2, 3, 4, 3, 1, 1, 1);
    }
}
