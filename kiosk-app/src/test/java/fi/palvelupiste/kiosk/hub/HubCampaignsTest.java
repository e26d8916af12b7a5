package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.campaign.CampaignFixtures;
import fi.palvelupiste.kiosk.campaign.CampaignPart;
import fi.palvelupiste.kiosk.campaign.Campaigns;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator on the hub (PostgreSQL) copies last year's round and chooses the site for its events at once: the
 * kiosk gets nothing of the drafts, and gets the events and the bus when the round is published.
 */
class HubCampaignsTest extends TwoSitesTest {

    @BeforeAll
    static void sites() {
        startSites();
    }

    @Test
    void a_round_copied_on_the_hub_reaches_a_site_only_once_it_is_published() {
        Campaigns campaigns = hub.bean(Campaigns.class);
        EventPlanning events = hub.bean(EventPlanning.class);
        CampaignFixtures.Round last = CampaignFixtures.round(campaigns, events, hub.bean(RidePlanning.class),
                hub.bean(SignupBooking.class), hub.bean(Clock.class), "Henkkarit hubilla");
        // a week earlier, so that the copies' sign-up is open by their times: only the draft keeps them back
        long next = campaigns.copyForNextRound(last.campaign(), last.firstDate().minusDays(7), COORDINATOR);
        List<CampaignPart> parts = campaigns.parts(next);
        List<Long> copies = parts.stream().filter(p -> p.kind() == CampaignPart.Kind.EVENT)
                .map(p -> Long.parseLong(p.key())).toList();
        List<UUID> eventIds = copies.stream().map(id -> events.event(id).orElseThrow().publicId()).toList();
        UUID busId = parts.stream().filter(p -> p.kind() == CampaignPart.Kind.RIDE)
                .map(p -> hub.bean(RidePlanning.class).ride(Long.parseLong(p.key())).orElseThrow().publicId())
                .findFirst().orElseThrow();
        for (long copy : copies) {
            hub.bean(SharedEvents.class).offerAt(copy, List.of(siteOf(tervo)), COORDINATOR);
        }

        assertThat(contact(tervo)).isTrue();
        assertThat(openAt(tervo)).doesNotContainAnyElementsOf(eventIds);
        assertThat(ridesAt(tervo)).doesNotContain(busId);

        assertThat(campaigns.publish(next, COORDINATOR)).isEqualTo(3);
        assertThat(contact(tervo)).isTrue();

        assertThat(openAt(tervo)).containsAll(eventIds);
        assertThat(ridesAt(tervo)).contains(busId);
        assertThat(openAt(vesanto)).as("not chosen for Vesanto").doesNotContainAnyElementsOf(eventIds);
    }

    private static List<UUID> openAt(fi.palvelupiste.kiosk.TestKiosk kiosk) {
        contact(kiosk);
        return kiosk.bean(SignupBooking.class).openEvents().stream().map(SignupEvent::publicId).toList();
    }

    private static List<UUID> ridesAt(fi.palvelupiste.kiosk.TestKiosk kiosk) {
        return kiosk.bean(RidePlanning.class).rides().stream().map(Ride::publicId).toList();
    }
}
