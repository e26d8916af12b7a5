package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.campaign.CampaignDraft;
import fi.palvelupiste.kiosk.campaign.CampaignFigures;
import fi.palvelupiste.kiosk.campaign.Campaigns;
import fi.palvelupiste.kiosk.campaign.Figures;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.photoday.Attendee;
import fi.palvelupiste.kiosk.photoday.PhotoDayFixtures;
import fi.palvelupiste.kiosk.photoday.PhotoDayLine;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Person;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.photoday.WalkInSync;
import fi.palvelupiste.kiosk.ride.BoardingMarks;
import fi.palvelupiste.kiosk.ride.Passenger;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideBoarding;
import fi.palvelupiste.kiosk.ride.RideBookingRecord;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.RideStop;
import fi.palvelupiste.kiosk.ride.RideSync;
import fi.palvelupiste.kiosk.signup.Attendance;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupProperties;
import fi.palvelupiste.kiosk.signup.SignupRecord;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupRetention;
import fi.palvelupiste.kiosk.signup.SignupSync;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.sync.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The photo day's and the bus day's marks made on a kiosk reach the hub's copies (issue #12): check-ins, calls,
 * photos, help, "not here", walk-in numbers, and the escort's ticks and walk-ons; through a cut network, once, undone
 * and replayed; and the hub's retention keeps them as counts. Tervo is a kiosk (H2), the hub runs on PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubDayMarksTest extends TwoSitesTest {

    static final Actor PHOTOGRAPHER = Actor.staff("kuvaaja");
    static final Actor ESCORT = Actor.staff("saattaja");
    static final Locale FI = Language.FI.locale();
    static final List<String> MARKS = List.of("checked in", "called", "photographed", "helped", "not here");

    @BeforeAll
    static void sites() {
        startSites("--kiosk.hub.standing-places=1");
    }

    /** Last: the photo day moves Tervo's clock a month ahead, past the other tests' sign-up times. */
    @Test
    @Order(3)
    void the_days_marks_made_at_a_kiosk_reach_the_hubs_rows_once_through_a_cut_network_and_the_hub_counts_them() {
        long dayOnHub = SignupFixtures.photoDay(hub.bean(EventPlanning.class), hub.bean(Clock.class), 2, 3);
        hub.bean(SharedEvents.class).offerAt(dayOnHub, List.of(siteOf(tervo)), COORDINATOR);
        SignupEvent onHub = hub.bean(EventPlanning.class).event(dayOnHub).orElseThrow();
        long bus = HubRidesTest.rideOnHub(dayOnHub, "Karttula", "Kuuslahti");
        assertThat(contact(tervo)).isTrue();
        Ride busAtTervo = HubRidesTest.copyAt(tervo, bus);
        Confirmation aino = HubRidesTest.signUpWithRide(tervo, onHub, busAtTervo, "Aino");
        Confirmation eino = HubRidesTest.signUpWithRide(tervo, onHub, busAtTervo, "Eino");
        SignupEvent atTervo = aino.event();
        Confirmation liisa = tervo.bean(SignupBooking.class).signUp(new SignupRequest(atTervo.id(),
                tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst().id(),
                SignupFixtures.person("Liisa", "Eikuvattu", null), null, FI));
        assertThat(contact(tervo)).isTrue();

        // the photo day at Tervo at 10.05, online: Aino and Eino check in, Aino is photographed and helped, a walk-in
        // takes K 1 (the event itself, not "today's photo day": another test's hub photo day is on the same date)
        PhotoDayFixtures.moveTo(tervo.bean(MutableClock.class), tervo.bean(EventPlanning.class), atTervo.id(),
                LocalTime.of(10, 5));
        PhotoDays photoDays = tervo.bean(PhotoDays.class);
        SignupEvent today = tervo.bean(EventPlanning.class).event(atTervo.id()).orElseThrow();
        photoDays.checkInByStaff(today, aino.resident().signup().id(), PHOTOGRAPHER);
        photoDays.checkInByStaff(today, eino.resident().signup().id(), PHOTOGRAPHER);
        Person first = photoDays.callNext(today, PHOTOGRAPHER).orElseThrow();
        photoDays.photographed(today, first, PHOTOGRAPHER);
        photoDays.helped(today, first, PHOTOGRAPHER);
        photoDays.takeWalkIn(today, FI);
        SignupSync.Batch before = tervo.bean(SignupSync.class).next(100).orElseThrow();
        assertThat(contact(tervo)).isTrue();

        assertThat(marksOnHub(aino)).containsExactly("checked in", "called", "photographed", "helped");
        assertThat(marksOnHub(eino)).containsExactly("checked in");
        assertThat(marksOnHub(liisa)).isEmpty();
        assertThat(walkInsOnHub(dayOnHub)).containsExactly("K 1 " + siteOf(tervo) + ": taken");

        // the hall's network goes: Eino is not here, K 1 is photographed, K 2 taken; on the bus Aino boards, Eino does
        // not come, and Ville gets on without a booking
        toTervo.cut();
        photoDays.notHere(today, person(today, "Eino"), PHOTOGRAPHER);
        Person k1 = photoDays.callNext(today, PHOTOGRAPHER).orElseThrow();
        photoDays.photographed(today, k1, PHOTOGRAPHER);
        photoDays.takeWalkIn(today, FI);
        RideBoarding boarding = tervo.bean(RideBoarding.class);
        RideStop karttula = tervo.bean(RidePlanning.class).stops(busAtTervo.id()).getFirst();
        boarding.mark(busAtTervo.id(), passenger(busAtTervo, karttula, "Aino"), Passenger.Boarding.BOARDED, ESCORT);
        boarding.mark(busAtTervo.id(), passenger(busAtTervo, karttula, "Eino"), Passenger.Boarding.NO_SHOW, ESCORT);
        boarding.walkOn(karttula.id(), SignupFixtures.person("Ville", "Kyytiin", null), 1, false, ESCORT, FI);
        assertThat(contact(tervo)).isFalse();
        assertThat(marksOnHub(eino)).as("nothing yet").containsExactly("checked in");

        toTervo.heal();
        assertThat(contact(tervo)).isTrue();
        assertThat(tervo.bean(Outbox.class).size()).isZero();
        assertThat(marksOnHub(eino)).containsExactly("checked in", "not here");
        assertThat(walkInsOnHub(dayOnHub)).containsExactly("K 1 " + siteOf(tervo) + ": taken, called, photographed",
                "K 2 " + siteOf(tervo) + ": taken");
        assertThat(busOnHub(bus)).containsExactlyInAnyOrder("Aino: boarded", "Eino: did not come",
                "Ville: walked on, boarded");

        // undo: Eino comes after all, and the escort takes back "did not come"; the latest state wins on the hub
        photoDays.checkInByStaff(today, eino.resident().signup().id(), PHOTOGRAPHER);
        boarding.mark(busAtTervo.id(), passenger(busAtTervo, karttula, "Eino"), Passenger.Boarding.EXPECTED, ESCORT);
        SignupSync.Batch undone = tervo.bean(SignupSync.class).next(100).orElseThrow();
        RideSync.Batch unticked = tervo.bean(RideSync.class).next(100).orElseThrow();
        assertThat(contact(tervo)).isTrue();
        assertThat(marksOnHub(eino)).containsExactly("checked in");
        assertThat(busOnHub(bus)).contains("Eino: expected");

        // replayed batches, old and new, change nothing
        assertThat(hub.bean(SignupSync.class).store(siteOf(tervo), before.signups()).stored()).isZero();
        assertThat(hub.bean(SignupSync.class).store(siteOf(tervo), undone.signups()).stored()).isZero();
        assertThat(hub.bean(RideSync.class).store(siteOf(tervo), unticked.bookings()).stored()).isZero();
        assertThat(marksOnHub(aino)).containsExactly("checked in", "called", "photographed", "helped");
        assertThat(marksOnHub(eino)).containsExactly("checked in");
        assertThat(busOnHub(bus)).hasSize(3);

        // the funders' report on the hub reads these marks: the same figures before and after the hub's retention
        long round = campaignOnHub(dayOnHub, bus);
        Figures total = hub.bean(CampaignFigures.class).report(round).orElseThrow().total();
        assertThat(List.of(total.checkedIn(), total.photographed(), total.helped(), total.noShows(), total.walkIns(),
                total.busBoarded(), total.busWalkOns()))
                .as("checked in Aino and Eino; photographed Aino and K 1; helped Aino; Liisa never came; K 1 and K 2; "
                        + "on the bus Aino and Ville, who walked on")
                .containsExactly(2, 2, 1, 1, 2, 2, 1);

        // the hub's retention keeps the day as counts: per slot, the walk-ins' row, and per stop of the bus
        hub.bean(SignupRetention.class).deleteExpired(onHub.date()
                .plusDays(hub.bean(SignupProperties.class).retentionDays()));
        JdbcClient jdbc = hub.bean(JdbcClient.class);
        assertThat(jdbc.sql("""
                SELECT SUM(checked_in), SUM(photographed), SUM(helped), SUM(no_shows) FROM signup_count
                 WHERE event_id = :e AND status = 'CONFIRMED'""").param("e", dayOnHub)
                .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single())
                .as("Aino and Eino checked in, Aino photographed and helped; Liisa never came")
                .containsExactly(2, 1, 1, 1);
        assertThat(jdbc.sql("""
                SELECT people, photographed, no_shows FROM signup_count WHERE event_id = :e AND status = 'WALK_IN'""")
                .param("e", dayOnHub)
                .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single())
                .containsExactly(2, 1, 1);
        assertThat(jdbc.sql("SELECT SUM(boarded), SUM(no_shows), SUM(walk_ons) FROM ride_count WHERE ride_id = :r")
                .param("r", bus).query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single())
                .containsExactly(2, 0, 1);
        assertThat(walkInsOnHub(dayOnHub)).as("the numbers themselves go").isEmpty();
        assertThat(hub.bean(CampaignFigures.class).report(round).orElseThrow().total()).isEqualTo(total);
    }

    /** A coordinator's campaign on the hub holding the photo day and its bus. */
    private static long campaignOnHub(long event, long ride) {
        Campaigns campaigns = hub.bean(Campaigns.class);
        CampaignDraft draft = new CampaignDraft();
        draft.setName("Henkkarit " + event);
        draft.setMunicipality("Tervo");
        LocalDate day = hub.bean(EventPlanning.class).event(event).orElseThrow().date();
        draft.setFirstDate(day);
        draft.setLastDate(day);
        long campaign = campaigns.save(null, draft, COORDINATOR);
        campaigns.addEvent(campaign, event, COORDINATOR);
        campaigns.addRide(campaign, ride, COORDINATOR);
        return campaign;
    }

    @Test
    @Order(1)
    void marks_of_a_kiosks_own_event_stay_on_the_kiosk() {
        EventPlanning planning = tervo.bean(EventPlanning.class);
        long own = PhotoDayFixtures.photoDay(planning, tervo.bean(MutableClock.class), 1, 2);
        Confirmation made = tervo.bean(SignupBooking.class).signUp(new SignupRequest(own,
                tervo.bean(SignupBooking.class).slots(own).getFirst().id(),
                SignupFixtures.person("Oma", "Kioskilla", null), null, FI));
        SignupEvent day = planning.event(own).orElseThrow();
        assertThat(day.fromHub()).isFalse();
        int waiting = tervo.bean(Outbox.class).size();

        PhotoDays photoDays = tervo.bean(PhotoDays.class);
        photoDays.checkInByStaff(day, made.resident().signup().id(), PHOTOGRAPHER);
        photoDays.takeWalkIn(day, FI);

        assertThat(tervo.bean(Outbox.class).size()).isEqualTo(waiting);
        assertThat(tervo.bean(WalkInSync.class).next(10)).isEmpty();
    }

    @Test
    @Order(2)
    void marks_no_kiosk_makes_get_400_and_nothing_of_the_request_is_stored() throws Exception {
        long dayOnHub = SignupFixtures.photoDay(hub.bean(EventPlanning.class), hub.bean(Clock.class), 1, 2);
        hub.bean(SharedEvents.class).offerAt(dayOnHub, List.of(siteOf(tervo)), COORDINATOR);
        UUID event = hub.bean(EventPlanning.class).event(dayOnHub).orElseThrow().publicId();
        String token = tervo.bean(SiteIdentity.class).hubLink().orElseThrow().deviceToken();
        HttpClient client = HttpClient.newHttpClient();
        String good = walkIn(event, 1,
                "\"calledAt\": \"2030-05-06T10:20:00Z\", \"photographedAt\": \"2030-05-06T10:25:00Z\"");

        assertThat(HubStatisticsTest.up(client, token, "walkIns", List.of(good, walkIn(event, 0, "\"goneAt\": null"))))
                .as("number 0").isEqualTo(400);
        assertThat(HubStatisticsTest.up(client, token, "walkIns", List.of(good,
                walkIn(event, 2, "\"photographedAt\": \"2030-05-06T10:25:00Z\"")))).as("photographed, never called")
                .isEqualTo(400);
        assertThat(walkInsOnHub(dayOnHub)).isEmpty();
        assertThat(HubStatisticsTest.up(client, token, "walkIns", List.of(good))).isEqualTo(200);
        assertThat(walkInsOnHub(dayOnHub)).containsExactly("K 1 " + siteOf(tervo) + ": taken, called, photographed");
        assertThat(HubStatisticsTest.up(client, token, "walkIns",
                List.of(walkIn(UUID.randomUUID(), 1, "\"goneAt\": null"))))
                .as("an event the hub does not have: refused on its own").isEqualTo(200);

        // a sign-up photographed and never called, and a booking both on the bus and not come: no kiosk sends them
        SignupRecord signup = signupRecordOf(dayOnHub);
        SignupRecord photographedOnly = withAttendance(signup,
                new Attendance(null, null, OffsetDateTime.now(), null, null));
        assertThatThrownBy(() -> hub.bean(SignupSync.class).store(siteOf(tervo), List.of(photographedOnly)))
                .isInstanceOf(IllegalArgumentException.class);
        long ride = HubRidesTest.rideOnHub(dayOnHub, "Tervo");
        assertThat(contact(tervo)).isTrue();
        Ride atTervo = HubRidesTest.copyAt(tervo, ride);
        HubRidesTest.signUpWithRide(tervo, hub.bean(EventPlanning.class).event(dayOnHub).orElseThrow(), atTervo,
                "Kaksi");
        RideBookingRecord booking = tervo.bean(RideSync.class).next(10).orElseThrow().bookings().getFirst();
        RideBookingRecord both = new RideBookingRecord(booking.publicId(), booking.siteId(), booking.ride(),
                booking.stop(), booking.status(), booking.referenceCode(), booking.firstName(), booking.lastName(),
                booking.phone(), booking.seats(), booking.wheelchair(), booking.language(), booking.cancelledAt(),
                booking.createdAt(), booking.updatedAt(), booking.version(),
                new BoardingMarks(OffsetDateTime.now(), OffsetDateTime.now(), false));
        assertThatThrownBy(() -> hub.bean(RideSync.class).store(siteOf(tervo), List.of(both)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(contact(tervo)).isTrue();
    }

    // ---- helpers

    static String walkIn(UUID event, int number, String marks) {
        return """
                {"publicId": "%s", "siteId": "%s", "event": "%s", "number": %d, "language": "fi", "wantsHelp": false,
                 "takenAt": "2030-05-06T10:00:00Z", %s, "version": 1}"""
                .formatted(UUID.randomUUID(), siteOf(tervo), event, number, marks);
    }

    /** A sign-up at Tervo for the hub's event, as it would go up. */
    static SignupRecord signupRecordOf(long dayOnHub) {
        assertThat(contact(tervo)).isTrue();
        UUID publicId = hub.bean(EventPlanning.class).event(dayOnHub).orElseThrow().publicId();
        SignupEvent atTervo = tervo.bean(SignupBooking.class).openEvents().stream()
                .filter(e -> e.publicId().equals(publicId)).findFirst().orElseThrow();
        tervo.bean(SignupBooking.class).signUp(new SignupRequest(atTervo.id(),
                tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst().id(),
                SignupFixtures.person("Yksi", "Kuvattava", null), null, FI));
        return tervo.bean(SignupSync.class).next(10).orElseThrow().signups().getLast();
    }

    static SignupRecord withAttendance(SignupRecord r, Attendance attendance) {
        return new SignupRecord(r.publicId(), r.siteId(), r.event(), r.slot(), r.status(), r.referenceCode(),
                r.firstName(), r.lastName(), r.phone(), r.applicationHelp(), r.wheelchair(), r.interpreterLanguage(),
                r.companionOf(), r.language(), r.promotedAt(), r.cancelledAt(), r.createdAt(), r.updatedAt(),
                r.version() + 1, attendance);
    }

    static Person person(SignupEvent today, String firstName) {
        PhotoDayLine line = tervo.bean(PhotoDays.class).line(today);
        Attendee attendee = line.attendees().stream().filter(a -> a.firstName().equals(firstName)).findFirst()
                .orElseThrow();
        return line.person(attendee);
    }

    static long passenger(Ride ride, RideStop stop, String firstName) {
        return tervo.bean(RideBoarding.class).atStop(ride.id(), stop.id(), ESCORT).stream()
                .filter(p -> p.firstName().equals(firstName)).findFirst().orElseThrow().bookingId();
    }

    /** The marks the hub's copy of the sign-up holds, in the day's order. */
    static List<String> marksOnHub(Confirmation made) {
        return hub.bean(JdbcClient.class).sql("""
                SELECT checked_in_at, called_at, photographed_at, helped_at, no_show_at FROM signup
                 WHERE public_id = :p""").param("p", made.resident().signup().publicId())
                .query((rs, row) -> {
                    List<String> marks = new ArrayList<>();
                    for (int column = 1; column <= MARKS.size(); column++) {
                        if (rs.getObject(column) != null) {
                            marks.add(MARKS.get(column - 1));
                        }
                    }
                    return marks;
                }).single();
    }

    /** The hub's walk-in numbers of the event: "K 1 site: taken, called, photographed". */
    static List<String> walkInsOnHub(long eventOnHub) {
        return hub.bean(JdbcClient.class).sql("""
                SELECT number, site_id, called_at, photographed_at, gone_at FROM photo_walk_in
                 WHERE event_id = :e ORDER BY number""").param("e", eventOnHub)
                .query((rs, row) -> "K " + rs.getInt("number") + " " + rs.getString("site_id") + ": taken"
                        + (rs.getObject("called_at") == null ? "" : ", called")
                        + (rs.getObject("photographed_at") == null ? "" : ", photographed")
                        + (rs.getObject("gone_at") == null ? "" : ", gone"))
                .list();
    }

    /** The hub's confirmed bookings of the ride with their ticks: "Aino: boarded". */
    static List<String> busOnHub(long rideOnHub) {
        return hub.bean(JdbcClient.class).sql("""
                SELECT first_name, boarded_at, bus_no_show_at, walk_on FROM ride_booking
                 WHERE ride_id = :r AND status = 'CONFIRMED'""").param("r", rideOnHub)
                .query((rs, row) -> rs.getString("first_name") + ": "
                        + (rs.getBoolean("walk_on") ? "walked on, " : "")
                        + (rs.getObject("boarded_at") != null ? "boarded"
                        : rs.getObject("bus_no_show_at") != null ? "did not come" : "expected"))
                .list();
    }
}
