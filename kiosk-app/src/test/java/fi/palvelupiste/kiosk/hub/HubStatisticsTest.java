package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.TestKiosk;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.campaign.CampaignFigures;
import fi.palvelupiste.kiosk.campaign.CampaignFixtures;
import fi.palvelupiste.kiosk.campaign.CampaignReport;
import fi.palvelupiste.kiosk.campaign.Campaigns;
import fi.palvelupiste.kiosk.forms.FormPrintCount;
import fi.palvelupiste.kiosk.forms.FormPrinting;
import fi.palvelupiste.kiosk.forms.SeededForms;
import fi.palvelupiste.kiosk.hub.HubStatistics.SiteDay;
import fi.palvelupiste.kiosk.hub.HubStatistics.SiteFormPrints;
import fi.palvelupiste.kiosk.hub.HubStatistics.SiteTotals;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.DailyStatistics;
import fi.palvelupiste.kiosk.queue.QueueDayRecord;
import fi.palvelupiste.kiosk.queue.QueueDaySync;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.queue.QueueStatistics;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.queue.Ticket;
import fi.palvelupiste.kiosk.queue.TicketService;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.sync.CountsUp;
import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.sync.Stored;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Queue day statistics and form print counts across the hub, with two kiosks (each on its own H2, each with its own
 * movable clock) and a hub (on PostgreSQL): tickets taken and forms printed at both sites, their days closed by the
 * nightly round, one kiosk cut off meanwhile; the hub's statistics end up as the sum of both kiosks, each day once.
 */
class HubStatisticsTest extends TwoSitesTest {

    static final Actor STAFF = Actor.staff("maija");

    @BeforeAll
    static void sites() {
        startSites();
    }

    @Test
    void both_sites_days_and_prints_reach_the_hub_once_also_from_a_kiosk_cut_off_while_its_day_closed() {
        LocalDate day = today().plusDays(10);
        at(tervo, day);
        at(vesanto, day);
        take(tervo, "A", 3);
        serveNext(tervo, "A");
        take(vesanto, "A", 2);
        take(vesanto, "B", 1);
        print(tervo, Language.FI, 2);
        print(tervo, Language.SV, 1);
        print(vesanto, Language.FI, 1);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();
        assertThat(prints(day, day)).as("prints go up as they happen")
                .containsExactlyInAnyOrder(printed(tervo, "fi", 2), printed(tervo, "sv", 1), printed(vesanto, "fi", 1));

        // the night: Vesanto is cut off while its day closes, and a resident prints there the next morning
        toVesanto.cut();
        closeDay(tervo, day);
        closeDay(vesanto, day);
        print(vesanto, Language.FI, 1);
        assertThat(contact(vesanto)).isFalse();
        assertThat(contact(tervo)).isTrue();
        assertThat(hubDays(day)).extracting(row -> row.site().id()).containsOnly(siteOf(tervo));

        toVesanto.heal();
        assertThat(contact(vesanto)).isTrue();
        assertThat(vesanto.bean(Outbox.class).size()).isZero();
        assertThat(contact(tervo)).as("again: nothing doubles").isTrue();

        List<SiteDay> days = hubDays(day);
        assertThat(days).as("each day of each queue once").hasSize(3);
        for (TestKiosk kiosk : List.of(tervo, vesanto)) {
            assertThat(days).filteredOn(row -> row.site().id().equals(siteOf(kiosk))).extracting(SiteDay::day)
                    .as("the hub's copies are the kiosk's days")
                    .containsExactlyInAnyOrderElementsOf(kioskDays(kiosk, day));
        }
        List<SiteTotals> totals = hub.bean(HubStatistics.class).totals(days);
        assertThat(totals).extracting(row -> row.site().id(), SiteTotals::days, SiteTotals::tickets,
                        SiteTotals::served)
                .containsExactlyInAnyOrder(tuple(siteOf(tervo), 1, 3, 1),
                        tuple(siteOf(vesanto), 1, 3, 0));
        assertThat(totals.stream().mapToInt(SiteTotals::tickets).sum()).as("the sum of both kiosks")
                .isEqualTo(kioskDays(tervo, day).stream().mapToInt(DailyStatistics::tickets).sum()
                        + kioskDays(vesanto, day).stream().mapToInt(DailyStatistics::tickets).sum());
        assertThat(prints(day, day.plusDays(1))).containsExactlyInAnyOrder(printed(tervo, "fi", 2),
                printed(tervo, "sv", 1), printed(vesanto, "fi", 2));
        assertThat(prints(day, day.plusDays(1)).stream().mapToInt(SiteFormPrints::prints).sum())
                .isEqualTo(kioskPrints(tervo, day) + kioskPrints(vesanto, day));
    }

    @Test
    void a_replayed_batch_changes_nothing_and_a_recount_of_a_day_replaces_the_earlier_one() {
        LocalDate day = today().plusDays(20);
        at(tervo, day);
        take(tervo, "A", 2);
        // cut off, so the batch stays in the outbox for the test to replay later
        toTervo.cut();
        closeDay(tervo, day);
        CountsUp.Batch<QueueDayRecord> batch = tervo.bean(QueueDaySync.class).next(10).orElseThrow();
        assertThat(batch.counts()).extracting(record -> record.stats().tickets()).containsExactly(2);
        toTervo.heal();
        assertThat(contact(tervo)).isTrue();

        Stored again = hub.bean(QueueDaySync.class).store(siteOf(tervo), batch.counts());
        assertThat(again.stored()).as("already there").isZero();
        assertThat(again.refused()).isEmpty();
        assertThatThrownBy(() -> hub.bean(QueueDaySync.class).store(siteOf(vesanto), batch.counts()))
                .as("another site's records").isInstanceOf(IllegalArgumentException.class);
        assertThat(hubDays(day)).extracting(row -> row.day().tickets()).containsExactly(2);

        // the kiosk's clock went back to that day after a power cut: two more tickets, and the day is counted again
        at(tervo, day);
        take(tervo, "A", 1);
        take(tervo, "B", 1);
        closeDay(tervo, day);
        assertThat(contact(tervo)).isTrue();
        assertThat(hubDays(day)).extracting(row -> row.day().queuePrefix(), row -> row.day().tickets())
                .as("the recount replaces the first count").containsExactly(
                        tuple("A", 3), tuple("B", 1));
        assertThat(hub.bean(QueueDaySync.class).store(siteOf(tervo), batch.counts()).stored())
                .as("the old count, late").isZero();
        assertThat(hubDays(day)).extracting(row -> row.day().tickets()).containsExactly(3, 1);
        assertThat(hubDays(day)).extracting(SiteDay::day).containsExactlyElementsOf(kioskDays(tervo, day));
    }

    @Test
    void a_kiosk_linked_again_sends_what_it_counted_while_it_stood_alone() {
        LocalDate day = today().plusDays(30);
        String site = siteOf(vesanto);
        vesanto.bean(SiteIdentity.class).unlink(ADMIN);
        at(vesanto, day);
        take(vesanto, "A", 1);
        print(vesanto, Language.EN, 1);
        closeDay(vesanto, day);
        assertThat(vesanto.bean(Outbox.class).size()).as("not linked: nothing waits for a hub").isZero();

        HubSites sites = hub.bean(HubSites.class);
        vesanto.bean(HubConnection.class).link(toVesanto.url().toString(),
                sites.newEnrolmentCode(site, COORDINATOR).code(), ADMIN);
        assertThat(siteOf(vesanto)).isEqualTo(site);
        assertThat(contact(vesanto)).isTrue();
        assertThat(hubDays(day)).extracting(SiteDay::day).containsExactlyElementsOf(kioskDays(vesanto, day));
        assertThat(prints(day, day)).containsExactly(printed(vesanto, "en", 1));
    }

    @Test
    void a_count_that_no_kiosk_makes_gets_400_and_nothing_of_the_request_is_stored() throws Exception {
        String token = tervo.bean(SiteIdentity.class).hubLink().orElseThrow().deviceToken();
        LocalDate day = today().plusDays(40);
        String good = queueDay(siteOf(tervo), day, 2, Collections.nCopies(24, 0));
        HttpClient client = HttpClient.newHttpClient();
        assertThat(up(client, token, "queueDays",
                List.of(good, queueDay(siteOf(tervo), day, -1, Collections.nCopies(24, 0)))))
                .as("a negative count").isEqualTo(400);
        assertThat(up(client, token, "queueDays",
                List.of(good, queueDay(siteOf(tervo), day, 2, Collections.nCopies(23, 0)))))
                .as("a day of 23 hours").isEqualTo(400);
        assertThat(up(client, token, "queueDays",
                List.of(queueDay(siteOf(vesanto), day, 2, Collections.nCopies(24, 0)))))
                .as("another site's day").isEqualTo(400);
        assertThat(hubDays(day)).isEmpty();
        assertThat(up(client, token, "queueDays", List.of(good))).isEqualTo(200);
        assertThat(hubDays(day)).extracting(row -> row.day().tickets()).containsExactly(2);
    }

    @Test
    void a_campaign_report_on_the_hub_has_the_queue_days_of_the_sites_in_its_municipality_only() {
        Campaigns campaigns = hub.bean(Campaigns.class);
        EventPlanning events = hub.bean(EventPlanning.class);
        CampaignFixtures.Round round = CampaignFixtures.round(campaigns, events, hub.bean(RidePlanning.class),
                hub.bean(SignupBooking.class), hub.bean(Clock.class), "Henkkarit, digituki");
        LocalDate tripDay = events.event(round.trip()).orElseThrow().date();
        at(tervo, tripDay);
        at(vesanto, tripDay);
        take(tervo, "A", 4);
        take(vesanto, "A", 2);
        closeDay(tervo, tripDay);
        closeDay(vesanto, tripDay);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();

        CampaignReport report = hub.bean(CampaignFigures.class).report(round.campaign()).orElseThrow();

        assertThat(report.queueDays()).as("the round is in Tervo: Vesanto's site is not in it")
                .extracting(CampaignReport.QueueDay::place).containsOnly("Tervon kirjasto");
        assertThat(report.queueDays()).filteredOn(q -> q.statistics().day().equals(tripDay))
                .extracting(q -> q.statistics().tickets()).containsExactly(4);
    }

    // ---- the kiosks

    static LocalDate today() {
        return LocalDate.now(hub.bean(Clock.class));
    }

    /** The kiosk's clock at noon of {@code day}, forward or back. */
    static void at(TestKiosk kiosk, LocalDate day) {
        MutableClock clock = kiosk.bean(MutableClock.class);
        clock.advance(Duration.between(clock.instant(),
                day.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant()));
    }

    /** The next morning: the nightly round counts the day. */
    static void closeDay(TestKiosk kiosk, LocalDate day) {
        at(kiosk, day.plusDays(1));
        kiosk.bean(QueueStatistics.class).closePastDays();
    }

    static long queue(TestKiosk kiosk, String prefix) {
        return kiosk.bean(QueueDesk.class).queues().stream().filter(q -> q.prefix().equals(prefix))
                .map(ServiceQueue::id).findFirst().orElseThrow();
    }

    static void take(TestKiosk kiosk, String prefix, int tickets) {
        for (int i = 0; i < tickets; i++) {
            kiosk.bean(TicketService.class).take(queue(kiosk, prefix), false, Language.FI.locale());
        }
    }

    static void serveNext(TestKiosk kiosk, String prefix) {
        QueueDesk desk = kiosk.bean(QueueDesk.class);
        long deskId = desk.desks().getFirst().id();
        Ticket called = desk.callNext(deskId, queue(kiosk, prefix), STAFF).orElseThrow();
        desk.served(called.id(), STAFF);
    }

    static void print(TestKiosk kiosk, Language language, int times) {
        for (int i = 0; i < times; i++) {
            kiosk.bean(FormPrinting.class).print(SeededForms.POWER_OF_ATTORNEY, language);
        }
    }

    static List<DailyStatistics> kioskDays(TestKiosk kiosk, LocalDate day) {
        return kiosk.bean(QueueStatistics.class).days(day, day);
    }

    /** The kiosk's prints of the day and the next. */
    static int kioskPrints(TestKiosk kiosk, LocalDate day) {
        return kiosk.bean(FormPrinting.class).printCounts(day, day.plusDays(1)).stream()
                .mapToInt(FormPrintCount::prints).sum();
    }

    // ---- the hub

    static List<SiteDay> hubDays(LocalDate day) {
        return hub.bean(HubStatistics.class).queueDays(day, day);
    }

    static List<SiteFormPrints> prints(LocalDate from, LocalDate to) {
        return hub.bean(HubStatistics.class).formPrints(from, to).stream()
                .filter(row -> row.form().equals(SeededForms.POWER_OF_ATTORNEY)).toList();
    }

    static SiteFormPrints printed(TestKiosk kiosk, String language, int prints) {
        String site = siteOf(kiosk);
        return hub.bean(HubSites.class).sites().stream().filter(s -> s.id().equals(site)).findFirst()
                .map(s -> new SiteFormPrints(s, SeededForms.POWER_OF_ATTORNEY, printedTitle(), language, prints))
                .orElseThrow();
    }

    static String printedTitle() {
        return tervo.bean(FormPrinting.class).published(SeededForms.POWER_OF_ATTORNEY).orElseThrow()
                .text(Language.FI).title();
    }

    static String queueDay(String site, LocalDate day, int tickets, List<Integer> perHour) {
        return """
                {"publicId": "%s", "siteId": "%s", "version": 1, "stats": {"day": "%s", "queuePrefix": "A",
                 "queueName": "Digituki", "tickets": %d, "served": 0, "noShows": 0, "priorityTickets": 0,
                 "averageWaitSeconds": null, "averageServiceSeconds": null, "ticketsPerHour": %s}}"""
                .formatted(UUID.randomUUID(), site, day, tickets, perHour);
    }

    /** Posts records of one kind ({@code field} of the up request) as the device with {@code token}: the status. */
    static int up(HttpClient client, String token, String field, List<String> records) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(hub.url().resolve("/api/sync/up"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"" + field + "\": [" + String.join(", ", records) + "]}"))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
