package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.TestHub;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.queue.TicketService;
import fi.palvelupiste.kiosk.site.HubLink;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kiosk's regular contact, with its interval compressed from a minute to a second: it reaches the hub by itself,
 * goes on serving residents while the hub is away, and is back in contact as soon as the hub is.
 */
@KioskTest
@TestPropertySource(properties = "kiosk.hub.contact-interval=1s")
class HubOutageTest {

    @Autowired
    HubConnection connection;
    @Autowired
    SiteIdentity site;
    @Autowired
    TicketService tickets;
    @Autowired
    QueueDesk queues;

    @Test
    void the_kiosk_keeps_serving_while_the_hub_is_away_and_reports_again_when_it_is_back() {
        TestHub hub = TestHub.start();
        try {
            HubSites sites = hub.bean(HubSites.class);
            Site created = sites.createSite("Rautalammin kirjasto", "Rautalampi", Actor.staff("koordinaattori"));
            connection.link(hub.url().toString(),
                    sites.newEnrolmentCode(created.id(), Actor.staff("koordinaattori")).code(), Actor.staff("admin"));
            OffsetDateTime linked = site.hubLink().orElseThrow().lastContactAt();
            await().atMost(Duration.ofSeconds(10)).until(() -> contactAfter(linked));

            int port = hub.port();
            hub.close();
            await().atMost(Duration.ofSeconds(15)).until(() -> HubConnection.PROBLEM_UNREACHABLE
                    .equals(site.hubLink().orElseThrow().lastProblem()));
            HubLink away = site.hubLink().orElseThrow();
            assertThat(away.refused()).as("an outage is not a revocation").isFalse();
            long queueB = queues.queues().stream().filter(q -> q.prefix().equals("B")).findFirst().orElseThrow().id();
            assertThat(tickets.take(queueB, false, Language.FI.locale()).ticket().id()).as("residents still get numbers")
                    .isPositive();

            hub = hub.startAgain(port);
            OffsetDateTime before = away.lastContactAt();
            await().atMost(Duration.ofSeconds(15)).until(() -> contactAfter(before)
                    && site.hubLink().orElseThrow().lastProblem() == null);
        } finally {
            site.unlink(Actor.staff("admin"));
            hub.close();
        }
    }

    private boolean contactAfter(OffsetDateTime moment) {
        OffsetDateTime last = site.hubLink().orElseThrow().lastContactAt();
        return last != null && last.isAfter(moment);
    }
}
