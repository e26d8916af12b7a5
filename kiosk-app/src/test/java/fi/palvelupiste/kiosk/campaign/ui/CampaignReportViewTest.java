package fi.palvelupiste.kiosk.campaign.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.NativeTable;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.campaign.Campaigns;
import fi.palvelupiste.kiosk.campaign.ReportFixtures;
import fi.palvelupiste.kiosk.photoday.PhotoDayFixtures;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.ride.RideBoarding;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator opens the funders' report of a round: pictures, the same numbers in tables, and the CSV. */
@KioskTest
@TestPropertySource(properties = PhotoDayFixtures.OWN_CONTEXT)
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class CampaignReportViewTest extends SpringBrowserlessTest {

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
    MutableClock clock;

    @Test
    void the_report_opens_from_the_campaign_and_shows_each_chart_with_its_numbers_in_a_table() {
        ReportFixtures.Seeded seeded = ReportFixtures.seed("Henkkarit Tervo, raportti", campaigns, planning, signups,
                photoDays, rides, rideBookings, boarding, clock);
        CampaignsView campaignsView = navigate(CampaignsView.class);
        campaignsView.grid.select(campaigns.campaign(seeded.campaign()).orElseThrow());

        test(campaignsView.report).click();

        CampaignReportView view = $(CampaignReportView.class).single();
        assertThat(view.report).isNotNull();
        assertThat(view.report.total()).isEqualTo(ReportFixtures.expected());
        assertThat(chart("report-funnel")).contains("role=\"img\"").contains("<title")
                .contains("Ilmoittautuneet (paikka): 4, Ilmoittautuneet saapuneiksi: 3, Ilman varausta tulleet: 2, "
                        + "Kuvatut: 4, Autettu sähköisessä hakemuksessa: 2");
        assertThat(chart("report-villages-chart")).contains("Kuuslahti: 2, Tervo kirkonkylä: 2");
        assertThat(chart("report-languages-chart")).contains("suomi: 2, ruotsi: 2, englanti: 1, ukraina: 1");
        assertThat(chart("report-queues-chart")).contains("<svg");
        assertThat(table("report-total")).contains("Ilmoittautuneet (paikka)4", "Kuvatut4", "Ei saapunut (varanneet)1",
                "Ilman varausta tulleet2", "Bussin matkustajat (kyydissä)3", "Pyörätuolipaikat1");
        assertThat(table("report-municipalities")).contains("LukuTervo", "Kuvatut4", "Asukkaita1500",
                "Kuvattujen osuus asukkaista0,3 %");
        assertThat(table("report-villages")).contains("Kuuslahti221110", "Tervo kirkonkylä122001");
        assertThat(table("report-languages")).contains("suomi23", "ruotsi21", "englanti10", "ukraina10");
        assertThat(view.getElement().getTextRecursively()).as("no personal data on the report")
                .doesNotContain("Virtanen").doesNotContain("Petrenko").doesNotContain("040");

        String csv = new String(view.csvFile(view.report, java.util.Locale.of("fi")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFPäivä;Kunta;Ilmoittautuneet (paikka);")
                .contains("Kaikki päivät;Tervo;4;0;3;4;2;1;2;3;4;3;1;1;1;1500;0,3\r\n")
                .contains("Kuuslahti;2;2;1;1;1;0\r\n").doesNotContain("Virtanen");
        assertThat(view.csv.getElement().getAttribute("download")).isNotNull();
    }

    private String chart(String id) {
        return $(Html.class).all().stream().filter(html -> id.equals(html.getElement().getAttribute("id")))
                .findFirst().orElseThrow().getInnerHtml();
    }

    private String table(String id) {
        NativeTable table = $(NativeTable.class).id(id);
        StringBuilder rows = new StringBuilder();
        table.getElement().getChildren().flatMap(part -> part.getChildren()).forEach(row ->
                rows.append(row.getTextRecursively()).append('\n'));
        return rows.toString();
    }
}
