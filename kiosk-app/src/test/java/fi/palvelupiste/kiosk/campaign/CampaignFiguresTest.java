package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.photoday.PhotoDayFixtures;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.ride.RideBoarding;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupRetention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The funders' figures of a seeded photo day and bus, and the same figures after the retention purge. */
@KioskTest
@TestPropertySource(properties = PhotoDayFixtures.OWN_CONTEXT)
class CampaignFiguresTest {

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

    @Test
    void the_report_counts_the_seeded_photo_day_and_bus_per_day_and_municipality() {
        ReportFixtures.Seeded seeded = seed("Henkkarit Tervo");

        CampaignReport report = figures.report(seeded.campaign()).orElseThrow();

        assertThat(report.days()).singleElement().satisfies(day -> {
            assertThat(day.day()).isEqualTo(seeded.day());
            assertThat(day.municipality()).isEqualTo("Tervo");
        });
        assertThat(report.total()).isEqualTo(ReportFixtures.expected());
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
        ReportFixtures.Seeded seeded = seed("Henkkarit Tervo, purge");
        CampaignReport before = figures.report(seeded.campaign()).orElseThrow();

        assertThat(retention.deleteExpired(seeded.day().plusDays(30))).isNotEmpty();

        CampaignReport after = figures.report(seeded.campaign()).orElseThrow();
        assertThat(after.days()).isEqualTo(before.days());
        assertThat(after.municipalities()).isEqualTo(before.municipalities());
        assertThat(after.villages()).isEqualTo(before.villages());
        assertThat(after.languages()).isEqualTo(before.languages());
        assertThat(after.total()).isEqualTo(ReportFixtures.expected());
    }

    @Test
    void the_csv_has_the_figures_and_no_names_or_phones() {
        ReportFixtures.Seeded seeded = seed("Henkkarit Tervo, CSV");
        CampaignReport report = figures.report(seeded.campaign()).orElseThrow();

        String csv = new String(figures.csv(report, key -> key), StandardCharsets.UTF_8);

        assertThat(csv).contains(seeded.day() + ";Tervo;4;0;3;4;2;1;2;3;4;3;1;1;1;;\r\n")
                .contains("report.all-days;Tervo;4;0;3;4;2;1;2;3;4;3;1;1;1;1500;0,3\r\n")
                .contains("Kuuslahti;2;2;1;1;1;0")
                .doesNotContain("Virtanen").doesNotContain("0401234567");
    }

    private ReportFixtures.Seeded seed(String name) {
        return ReportFixtures.seed(name, campaigns, planning, signups, photoDays, rides, rideBookings, boarding, clock);
    }
}
