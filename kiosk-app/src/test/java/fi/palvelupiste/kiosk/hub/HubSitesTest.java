package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.audit.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sites, one-time codes and device tokens on the hub, on a real PostgreSQL. */
@HubTest
class HubSitesTest {

    static final Actor COORDINATOR = Actor.staff("koordinaattori");

    @Autowired
    HubSites hub;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_code_enrols_one_kiosk_once_and_the_hub_keeps_only_hashes() {
        Site site = hub.createSite("  Iisalmen kirjasto ", "Iisalmi", COORDINATOR);
        assertThat(site.name()).isEqualTo("Iisalmen kirjasto");
        EnrolmentCode code = hub.newEnrolmentCode(site.id(), COORDINATOR);
        assertThat(code.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        HubSites.Enrolled enrolled = hub.enrol(" " + code.code().toLowerCase().replace("-", " ") + " ", "0.1.0")
                .orElseThrow();
        assertThat(enrolled.site()).isEqualTo(site);
        assertThat(enrolled.token()).hasSize(43);
        assertThat(hub.enrol(code.code(), "0.1.0")).as("a code works once").isEmpty();

        assertThat(hub.authenticate(enrolled.token())).map(Device::siteId).contains(site.id());
        assertThat(hub.authenticate(enrolled.token() + "x")).isEmpty();
        List<String> stored = jdbc.sql("SELECT token_hash FROM hub_device UNION ALL SELECT code_hash FROM hub_enrolment")
                .query(String.class).list();
        assertThat(stored).doesNotContain(enrolled.token(), code.code()).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void a_code_past_its_time_is_refused() {
        Site site = hub.createSite("Kylätalo", "Vieremä", COORDINATOR);
        EnrolmentCode code = hub.newEnrolmentCode(site.id(), COORDINATOR);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        try {
            assertThat(hub.enrol(code.code(), null)).isEmpty();
        } finally {
            clock.advance(Duration.ofDays(-7).minusMinutes(1));
        }
    }

    @Test
    void a_revoked_kiosk_is_refused_at_once() {
        Site site = hub.createSite("Kirjastoauto", "Kiuruvesi", COORDINATOR);
        HubSites.Enrolled enrolled = hub.enrol(hub.newEnrolmentCode(site.id(), COORDINATOR).code(), null).orElseThrow();
        Device device = hub.authenticate(enrolled.token()).orElseThrow();

        hub.revoke(device.id(), COORDINATOR);

        assertThat(hub.authenticate(enrolled.token())).isEmpty();
        assertThatThrownBy(() -> hub.rotate(device.id(), COORDINATOR)).isInstanceOf(HubRefusedException.class)
                .hasMessage("hub.error.device-revoked");
    }

    @Test
    void a_rotated_token_is_handed_out_until_used_and_then_the_old_one_stops_working() {
        Site site = hub.createSite("Sonkajärven kirjasto", "Sonkajärvi", COORDINATOR);
        String old = hub.enrol(hub.newEnrolmentCode(site.id(), COORDINATOR).code(), null).orElseThrow().token();
        Device device = hub.authenticate(old).orElseThrow();
        assertThat(hub.contact(device, report("0.1.0", Instant.now())).newToken()).isNull();

        hub.rotate(device.id(), COORDINATOR);
        String lost = hub.contact(hub.authenticate(old).orElseThrow(), report("0.1.0", null)).newToken();
        assertThat(lost).as("the answer may be lost: the next contact gets a token again").isNotNull();
        String fresh = hub.contact(hub.authenticate(old).orElseThrow(), report("0.1.0", null)).newToken();
        assertThat(fresh).isNotNull().isNotEqualTo(lost);
        assertThat(hub.authenticate(lost)).as("only the newest issued token is kept").isEmpty();

        assertThat(hub.authenticate(fresh)).isPresent();
        assertThat(hub.authenticate(old)).isEmpty();
        assertThat(hub.contact(hub.authenticate(fresh).orElseThrow(), report("0.1.0", null)).newToken()).isNull();
    }

    @Test
    void a_contact_records_the_version_and_the_kiosks_clock_difference() {
        Site site = hub.createSite("Lapinlahden kirjasto", "Lapinlahti", COORDINATOR);
        String token = hub.enrol(hub.newEnrolmentCode(site.id(), COORDINATOR).code(), "0.1.0").orElseThrow().token();

        hub.contact(hub.authenticate(token).orElseThrow(), report("0.2.0", clock.instant().plus(Duration.ofMinutes(3))));

        Device device = hub.authenticate(token).orElseThrow();
        assertThat(device.appVersion()).isEqualTo("0.2.0");
        assertThat(device.clockOffsetMillis()).isBetween(179_000L, 181_000L);
        assertThat(device.lastContactAt()).isNotNull();
    }

    @Test
    void a_kiosk_whose_unsent_records_grow_from_one_contact_to_the_next_needs_attention() {
        Site site = hub.createSite("Tuusniemen kirjasto", "Tuusniemi", COORDINATOR);
        String token = hub.enrol(hub.newEnrolmentCode(site.id(), COORDINATOR).code(), null).orElseThrow().token();
        java.util.function.IntFunction<java.util.Set<Attention>> contactWith = backlog -> {
            hub.contact(hub.authenticate(token).orElseThrow(),
                    new HubSites.Report("0.1.0", clock.instant(), "READY", 0, backlog, 0));
            return hub.fleet().stream().filter(row -> row.device().siteId().equals(site.id())).findFirst()
                    .orElseThrow().attention();
        };
        assertThat(contactWith.apply(2)).as("a busy kiosk between two pushes").isEmpty();
        assertThat(contactWith.apply(5)).containsExactly(Attention.BACKLOG);
        assertThat(contactWith.apply(0)).as("sent").isEmpty();
    }

    @Test
    void the_fleet_shows_first_the_kiosk_that_went_silent_then_the_one_out_of_paper() {
        Site site = hub.createSite("Keiteleen kirjasto", "Keitele", COORDINATOR);
        String quiet = hub.enrol(hub.newEnrolmentCode(site.id(), COORDINATOR).code(), null).orElseThrow().token();
        String paperless = hub.enrol(hub.newEnrolmentCode(site.id(), COORDINATOR).code(), null).orElseThrow().token();
        String fine = hub.enrol(hub.newEnrolmentCode(site.id(), COORDINATOR).code(), null).orElseThrow().token();
        hub.contact(hub.authenticate(quiet).orElseThrow(),
                new HubSites.Report("0.1.0", clock.instant(), "READY", 0, 0, 0));
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        try {
            hub.contact(hub.authenticate(paperless).orElseThrow(),
                    new HubSites.Report("0.1.0", clock.instant(), "PAPER_OUT", 4, 0, 0));
            hub.contact(hub.authenticate(fine).orElseThrow(),
                    new HubSites.Report("0.1.0", clock.instant().plus(Duration.ofMinutes(5)), "READY", 1, 0, 0));

            List<HubSites.FleetRow> ours = hub.fleet().stream()
                    .filter(row -> row.device().siteId().equals(site.id())).toList();
            assertThat(ours).extracting(HubSites.FleetRow::attention).containsExactly(
                    java.util.Set.of(Attention.OFFLINE), java.util.Set.of(Attention.PAPER_OUT),
                    java.util.Set.of(Attention.CLOCK));
            assertThat(ours.get(1).device().peopleWaiting()).isEqualTo(4);
            Site empty = hub.createSite("Kylätalo ilman kioskia", "Keitele", COORDINATOR);
            List<HubSites.SiteStatus> statuses = hub.siteStatuses();
            HubSites.SiteStatus keitele = statuses.stream().filter(status -> status.site().equals(site))
                    .findFirst().orElseThrow();
            assertThat(keitele.attention()).containsExactly(Attention.OFFLINE, Attention.PAPER_OUT, Attention.CLOCK);
            assertThat(keitele.kiosks()).isEqualTo(3);
            assertThat(statuses.indexOf(keitele)).as("a site needing attention before one without a kiosk")
                    .isLessThan(statuses.stream().map(HubSites.SiteStatus::site).toList().indexOf(empty));

            hub.contact(hub.authenticate(quiet).orElseThrow(),
                    new HubSites.Report("0.1.0", clock.instant(), "READY", 0, 0, 0));
            assertThat(hub.fleet().stream().filter(row -> row.device().siteId().equals(site.id()))
                    .filter(row -> row.attention().isEmpty())).as("back: all well").hasSize(1);
        } finally {
            clock.advance(Duration.ofHours(-2).minusMinutes(1));
        }
    }

    static HubSites.Report report(String version, Instant kioskClock) {
        return new HubSites.Report(version, kioskClock, "READY", 0, 0, 0);
    }

    @Test
    void a_site_needs_a_name_and_a_municipality_of_plain_text() {
        assertThatThrownBy(() -> hub.createSite(" ", "Iisalmi", COORDINATOR)).hasMessage("hub.error.required");
        assertThatThrownBy(() -> hub.createSite("Kirjasto\u202E", "Iisalmi", COORDINATOR))
                .hasMessageStartingWith("hub.error.characters");
        assertThatThrownBy(() -> hub.createSite("K".repeat(101), "Iisalmi", COORDINATOR))
                .hasMessageStartingWith("hub.error.too-long");
    }
}
