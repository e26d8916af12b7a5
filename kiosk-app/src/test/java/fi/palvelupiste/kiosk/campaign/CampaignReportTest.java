package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.ride.StopTally;
import fi.palvelupiste.kiosk.signup.AttendanceCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's sums from counts, without Spring or a database. */
class CampaignReportTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);
    static final Campaign ROUND = new Campaign(1, UUID.randomUUID(), "site", "Henkkarit", "Tervo", MONDAY,
            MONDAY.plusDays(1), "", null, OffsetDateTime.now(), OffsetDateTime.now());

    @Test
    void cancelled_sign_ups_count_nowhere_and_walk_ins_count_as_photographed_but_not_as_signed_up() {
        CampaignReport report = new CampaignReport.Builder()
                .event(MONDAY, "Tervo", List.of(
                        new AttendanceCount("CONFIRMED", "fi", 5, 2, 4, 4, 1, 1),
                        new AttendanceCount("CANCELLED", "fi", 3, 0, 0, 0, 0, 0),
                        new AttendanceCount("WAITLISTED", "sv", 2, 0, 0, 0, 0, 0),
                        new AttendanceCount(AttendanceCount.WALK_IN, "en", 3, 1, 3, 2, 1, 1)))
                .build(ROUND, Map.of("Tervo", 1000), List.of(), null);

        assertThat(report.total()).isEqualTo(new Figures(5, 2, 4, 6, 2, 1, 3, 0, 0, 0, 0, 0, 0));
        assertThat(report.languages()).extracting(CampaignReport.LanguageFigures::language, CampaignReport.LanguageFigures::people)
                .as("the cancelled are not among the people who came").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fi", 5), org.assertj.core.groups.Tuple.tuple("en", 3),
                        org.assertj.core.groups.Tuple.tuple("sv", 2));
        assertThat(report.municipalities().getFirst().sharePercent()).isEqualTo(0.6);
    }

    @Test
    void days_and_municipalities_are_kept_apart_and_a_municipality_without_a_population_has_no_share() {
        CampaignReport report = new CampaignReport.Builder()
                .event(MONDAY.plusDays(1), "Vesanto", List.of(new AttendanceCount("CONFIRMED", "fi", 2, 0, 2, 2, 0, 0)))
                .event(MONDAY, "Tervo", List.of(new AttendanceCount("CONFIRMED", "fi", 3, 0, 3, 3, 0, 0)))
                .ride(MONDAY, "Tervo", List.of(new StopTally("Kuuslahti", 1, "fi", 2, 2, 1, 3, 0, 1),
                        new StopTally("Kuuslahti", 1, "sv", 1, 1, 0, 1, 0, 0)))
                .build(ROUND, Map.of("Tervo", 300), List.of(), new Figures(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

        assertThat(report.days()).extracting(d -> d.day() + " " + d.municipality() + " " + d.figures().signUps()
                        + " " + d.figures().busTravellers())
                .containsExactly(MONDAY + " Tervo 3 4", MONDAY.plusDays(1) + " Vesanto 2 0");
        assertThat(report.villages()).singleElement()
                .isEqualTo(new CampaignReport.VillageFigures("Kuuslahti", 3, 4, 4, 0, 1, 1));
        assertThat(report.municipalities()).extracting(CampaignReport.MunicipalityFigures::municipality,
                CampaignReport.MunicipalityFigures::sharePercent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tervo", 1.0), org.assertj.core.groups.Tuple.tuple("Vesanto", null));
        assertThat(report.dates()).containsExactly(MONDAY, MONDAY.plusDays(1));
        assertThat(report.lastRound()).isNotNull();
    }
}
