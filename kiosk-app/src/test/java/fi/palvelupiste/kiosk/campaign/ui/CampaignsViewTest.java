package fi.palvelupiste.kiosk.campaign.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.campaign.Campaign;
import fi.palvelupiste.kiosk.campaign.CampaignFixtures;
import fi.palvelupiste.kiosk.campaign.CampaignPart;
import fi.palvelupiste.kiosk.campaign.Campaigns;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator, new to the page, makes a campaign, gathers its parts and copies last year's round. */
@KioskTest
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class CampaignsViewTest extends SpringBrowserlessTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    EventPlanning events;
    @Autowired
    RidePlanning rides;
    @Autowired
    SignupBooking signups;
    @Autowired
    Clock clock;

    @Test
    void a_coordinator_creates_a_campaign_and_adds_an_event_to_it() {
        long photoDay = SignupFixtures.photoDay(events, clock, 2, 3);
        LocalDate day = signups.event(photoDay).orElseThrow().date();
        CampaignsView view = navigate(CampaignsView.class);

        test(view.create).click();
        view.form.name.setValue("Henkkarit Rautalammilla");
        view.form.municipality.setValue("Rautalampi");
        view.form.firstDate.setValue(day);
        view.form.lastDate.setValue(day.plusDays(14));
        view.form.partners.setValue("Rautalammin seurakunta\nPankki");
        test(view.form.save).click();

        assertThat(view.chosen).isNotNull();
        Campaign made = view.chosen;
        assertThat(made.name()).isEqualTo("Henkkarit Rautalammilla");
        assertThat(view.detail.isVisible()).isTrue();
        view.eventToAdd.setValue(view.eventToAdd.getListDataView().getItems().filter(e -> e.id() == photoDay)
                .findFirst().orElseThrow());
        test(view.addEvent).click();

        assertThat(test(view.parts).size()).isEqualTo(1);
        assertThat(test(view.parts).getCellText(0, 1)).isEqualTo(events.event(photoDay).orElseThrow().title().in(
                fi.palvelupiste.kiosk.i18n.Language.FI));
        assertThat(test(view.parts).getCellText(0, 3)).isEqualTo("Julkaistu");
        assertThat(view.eventToAdd.getListDataView().getItems().noneMatch(e -> e.id() == photoDay)).isTrue();

        view.population.setValue(7_000);
        test(view.savePopulation).click();
        assertThat(campaigns.population("Rautalampi")).contains(7_000);
    }

    @Test
    void copying_last_year_s_round_shows_the_new_round_as_drafts_until_it_is_published() {
        CampaignFixtures.Round last = CampaignFixtures.round(campaigns, events, rides, signups, clock, "Henkkarit Tervossa");
        CampaignsView view = navigate(CampaignsView.class);
        Campaign old = campaigns.campaign(last.campaign()).orElseThrow();
        test(view.grid).select(indexOf(view, old));
        assertThat(view.chosen).isEqualTo(old);
        assertThat(view.publish.isEnabled()).as("nothing to publish in last year's round").isFalse();

        view.nextFirstDate.setValue(old.firstDate().plusYears(1));
        test(view.copy).click();

        assertThat(view.chosen).isNotNull();
        assertThat(view.chosen.id()).isNotEqualTo(old.id());
        assertThat(view.chosen.firstDate()).isEqualTo(old.firstDate().plusYears(1));
        assertThat(view.form.firstDate.getValue()).isEqualTo(old.firstDate().plusYears(1));
        List<String> states = java.util.stream.IntStream.range(0, test(view.parts).size())
                .mapToObj(row -> test(view.parts).getCellText(row, 3)).toList();
        assertThat(states).containsExactly("Luonnos (ei asukkaille)", "Luonnos (ei asukkaille)", "Luonnos (ei asukkaille)");
        assertThat(view.publish.isEnabled()).isTrue();

        test(view.publish).click();

        assertThat(campaigns.parts(view.chosen.id())).noneMatch(CampaignPart::draft);
        assertThat(test(view.parts).getCellText(0, 3)).isEqualTo("Julkaistu");
        assertThat(view.publish.isEnabled()).isFalse();
    }

    private int indexOf(CampaignsView view, Campaign campaign) {
        for (int row = 0; row < test(view.grid).size(); row++) {
            if (test(view.grid).getRow(row).id() == campaign.id()) {
                return row;
            }
        }
        throw new AssertionError("campaign " + campaign.id() + " is not listed");
    }
}
