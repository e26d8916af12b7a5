package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Booked;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Person;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.WalkIn;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.signup.CodeLookup;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupRetention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.book;
import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.moveTo;
import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.photoDay;
import static fi.palvelupiste.kiosk.photoday.PhotoDayFixtures.photoDayBeside;
import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
@TestPropertySource(properties = PhotoDayFixtures.OWN_CONTEXT)
class PhotoDaysTest {

    static final Actor PHOTOGRAPHER = Actor.staff("kuvaaja");

    @Autowired
    PhotoDays photoDays;
    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupRetention retention;
    @Autowired
    PrintJobService printing;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void a_resident_checks_in_with_the_code_and_the_start_of_the_surname_and_hears_how_many_are_before_them() {
        long event = photoDay(planning, clock, 2, 2);
        String first = book(signups, event, 0, "Aino", "Virtanen", "0401234567").signup().referenceCode();
        String second = book(signups, event, 0, "Eino", "Korhonen", null).signup().referenceCode();
        moveTo(clock, planning, event, LocalTime.of(9, 50));
        String screen = UUID.randomUUID().toString();

        CheckIn aino = photoDays.checkIn(screen, "test-" + screen, first.toLowerCase(Locale.ROOT), "vi");
        CheckIn eino = photoDays.checkIn(screen, "test-" + screen, second, "Ko");

        assertThat(aino).isInstanceOfSatisfying(CheckIn.CheckedIn.class, checkedIn -> {
            assertThat(checkedIn.attendee().slotStartsAt()).isEqualTo(LocalTime.of(10, 0));
            assertThat(checkedIn.before()).isZero();
        });
        assertThat(eino).isInstanceOfSatisfying(CheckIn.CheckedIn.class, checkedIn -> {
            assertThat(checkedIn.before()).isEqualTo(1);
            assertThat(checkedIn.expectedAt().toLocalTime()).isAfter(LocalTime.of(9, 50));
        });
        assertThat(photoDays.checkIn(screen, "test-" + screen, first, "Vi")).as("checking in twice is fine")
                .isInstanceOf(CheckIn.CheckedIn.class);
        assertThat(photoDays.line(event(event)).here()).extracting(Attendee::lastName)
                .containsExactly("Virtanen", "Korhonen");
    }

    @Test
    void wrong_codes_are_slowed_down_as_when_changing_a_booking_and_a_code_of_another_day_is_not_checked_in() {
        long other = photoDay(planning, clock, 1, 2);
        String elsewhere = book(signups, other, 0, "Olli", "Muualla", null).signup().referenceCode();
        long event = photoDay(planning, clock, 1, 2);
        String code = book(signups, event, 0, "Aino", "Virtanen", null).signup().referenceCode();
        moveTo(clock, planning, event, LocalTime.of(9, 55));
        String screen = UUID.randomUUID().toString();
        String device = "test-" + screen;

        assertThat(photoDays.checkIn(screen, device, elsewhere, "Mu")).isInstanceOf(CheckIn.OtherDay.class);
        assertThat(photoDays.checkIn(screen, device, code, "Ko")).isInstanceOfSatisfying(CheckIn.NotFound.class,
                notFound -> assertThat(notFound.lookup()).isInstanceOf(CodeLookup.NotFound.class));
        photoDays.checkIn(screen, device, "ABCDEF", "Vi");
        photoDays.checkIn(screen, device, "ABCDEG", "Vi");
        assertThat(photoDays.checkIn(screen, device, code, "Vi")).as("even the right code waits now")
                .isInstanceOfSatisfying(CheckIn.NotFound.class,
                        notFound -> assertThat(notFound.lookup()).isInstanceOf(CodeLookup.Wait.class));
        assertThat(photoDays.line(event(event)).here()).isEmpty();
    }

    @Test
    void with_two_photo_days_here_on_one_date_each_code_checks_in_to_its_own_line_and_staff_open_the_one_chosen() {
        long first = photoDay(planning, clock, 2, 2);
        long second = photoDayBeside(planning, clock, first, 2, 2);
        String aino = book(signups, first, 0, "Aino", "Ensimmäinen", null).signup().referenceCode();
        String eino = book(signups, second, 0, "Eino", "Toinen", null).signup().referenceCode();
        moveTo(clock, planning, first, LocalTime.of(9, 55));
        String screen = UUID.randomUUID().toString();

        assertThat(photoDays.today()).extracting(SignupEvent::id).containsExactly(first, second);
        assertThat(photoDays.checkIn(screen, "test-" + screen, aino, "En")).isInstanceOfSatisfying(
                CheckIn.CheckedIn.class, checkedIn -> assertThat(checkedIn.event().id()).isEqualTo(first));
        assertThat(photoDays.checkIn(screen, "test-" + screen, eino, "To")).as("the second day's code")
                .isInstanceOfSatisfying(CheckIn.CheckedIn.class,
                        checkedIn -> assertThat(checkedIn.event().id()).isEqualTo(second));
        assertThat(photoDays.line(event(second)).here()).extracting(Attendee::lastName).containsExactly("Toinen");
        assertThat(photoDays.line(event(first)).here()).extracting(Attendee::lastName)
                .containsExactly("Ensimmäinen");
        assertThat(photoDays.openedBy(second, PHOTOGRAPHER)).map(line -> line.event().id()).contains(second);
        assertThat(photoDays.openedBy(null, PHOTOGRAPHER)).as("none chosen: the first")
                .map(line -> line.event().id()).contains(first);
    }

    @Test
    void staff_find_a_booked_person_by_name_and_check_them_in_and_both_are_audited() {
        long event = photoDay(planning, clock, 1, 3);
        book(signups, event, 0, "Aino", "Virtanen", null);
        book(signups, event, 0, "Eino", "Korhonen", null);
        moveTo(clock, planning, event, LocalTime.of(9, 58));
        SignupEvent day = event(event);

        var found = photoDays.findByName(day, "virt", Actor.staff("neuvoja"));
        assertThat(found).extracting(Attendee::name).containsExactly("Aino Virtanen");
        assertThat(photoDays.findByName(day, "aino vir", Actor.staff("neuvoja"))).hasSize(1);
        photoDays.checkInByStaff(day, found.getFirst().signupId(), Actor.staff("neuvoja"));

        assertThat(photoDays.line(day).here()).extracting(Attendee::firstName).containsExactly("Aino");
        assertThat(audit.newest(5)).extracting(e -> e.who() + ": " + e.what()).contains(
                "neuvoja: searched the photo day of event " + event + " by name",
                "neuvoja: checked in sign-up " + found.getFirst().signupId() + " at the photo day of event " + event);
    }

    @Test
    void a_booked_person_is_called_at_their_time_a_walk_in_takes_the_place_freed_after_the_no_show_time_and_nobody_is_called_twice() {
        long event = photoDay(planning, clock, 2, 1);
        String absent = book(signups, event, 0, "Aino", "Poissa", null).signup().referenceCode();
        String present = book(signups, event, 1, "Eino", "Paikalla", "0401234567").signup().referenceCode();
        moveTo(clock, planning, event, LocalTime.of(9, 58));
        SignupEvent day = event(event);
        WalkInTaken walkIn = photoDays.takeWalkIn(day, Locale.of("fi"));
        assertThat(walkIn.number().shown()).isEqualTo("K 1");
        assertThat(printing.find(walkIn.number().printJobId()).orElseThrow().document()).contains("K 1");
        clock.advance(Duration.ofMinutes(7));
        String screen = UUID.randomUUID().toString();
        photoDays.checkIn(screen, "test-" + screen, present, "Pa");

        assertThat(photoDays.callNext(day, PHOTOGRAPHER)).as("10.05: the 10.00 place is held for Aino").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        Person eino = photoDays.callNext(day, PHOTOGRAPHER).orElseThrow();
        assertThat(eino).isInstanceOf(Booked.class);
        assertThat(photoDays.callNext(day, PHOTOGRAPHER)).as("pressed again: the same person").contains(eino);
        assertThat(photoDays.line(day).attendee(eino).orElseThrow().phone()).isEqualTo("0401234567");
        clock.advance(Duration.ofMinutes(4));
        photoDays.photographed(day, eino, PHOTOGRAPHER);
        assertThat(photoDays.callNext(day, PHOTOGRAPHER)).as("10.14: Aino's place is held until 10.15").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        Person next = photoDays.callNext(day, PHOTOGRAPHER).orElseThrow();
        assertThat(next).as("10.16: Aino's place was freed at 10.15, and the walk-in takes it")
                .isInstanceOfSatisfying(WalkIn.class, w -> assertThat(w.number()).isEqualTo(1));
        assertThat(photoDays.walkInDetails(day, (WalkIn) next, "040 765 4321", true, PHOTOGRAPHER)).isTrue();
        assertThat(photoDays.walkInDetails(day, (WalkIn) next, "12345", true, PHOTOGRAPHER)).isFalse();
        photoDays.photographed(day, next, PHOTOGRAPHER);
        PhotoDayLine line = photoDays.line(day);
        assertThat(line.helpWanted()).singleElement().isInstanceOf(WalkIn.class);
        assertThat(line.plan().notHere()).extracting(Booked::id).hasSize(1);

        clock.advance(Duration.ofMinutes(10));
        assertThat(photoDays.checkIn(screen, "test-" + screen, absent, "Po")).as("late, but still photographed")
                .isInstanceOf(CheckIn.CheckedIn.class);
        Person late = photoDays.callNext(day, PHOTOGRAPHER).orElseThrow();
        assertThat(photoDays.line(day).attendee(late).orElseThrow().lastName()).isEqualTo("Poissa");
        photoDays.notHere(day, late, PHOTOGRAPHER);
        assertThat(photoDays.line(day).plan().now()).isNull();
        assertThat(photoDays.callNext(day, PHOTOGRAPHER)).as("marked not here: not called again").isEmpty();
    }

    @Test
    void after_the_retention_days_the_walk_ins_and_the_attendance_are_gone_and_the_counts_stay() {
        long event = photoDay(planning, clock, 2, 2);
        String code = book(signups, event, 0, "Aino", "Virtanen", null).signup().referenceCode();
        book(signups, event, 0, "Eino", "Eitullut", null);
        moveTo(clock, planning, event, LocalTime.of(10, 0));
        SignupEvent day = event(event);
        String screen = UUID.randomUUID().toString();
        photoDays.checkIn(screen, "test-" + screen, code, "Vi");
        Person aino = photoDays.callNext(day, PHOTOGRAPHER).orElseThrow();
        photoDays.photographed(day, aino, PHOTOGRAPHER);
        photoDays.takeWalkIn(day, Locale.of("sv"));
        photoDays.takeWalkIn(day, Locale.of("en"));
        clock.advance(Duration.ofMinutes(20));
        Person walkIn = photoDays.callNext(day, PHOTOGRAPHER).orElseThrow();
        photoDays.walkInDetails(day, (WalkIn) walkIn, "0407654321", true, PHOTOGRAPHER);
        photoDays.photographed(day, walkIn, PHOTOGRAPHER);
        photoDays.helped(day, walkIn, PHOTOGRAPHER);

        assertThat(retention.deleteExpired(day.date().plusDays(30))).contains(event);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM photo_walk_in WHERE event_id = :e").param("e", event)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM photo_walk_in WHERE phone = '0407654321'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT status, SUM(people) AS people, SUM(checked_in) AS checked_in, SUM(photographed) AS photographed,
                       SUM(helped) AS helped, SUM(no_shows) AS no_shows
                  FROM signup_count WHERE event_id = :e GROUP BY status ORDER BY status""")
                .param("e", event).query((rs, row) -> rs.getString("status") + " people=" + rs.getInt("people")
                        + " in=" + rs.getInt("checked_in") + " photographed=" + rs.getInt("photographed")
                        + " helped=" + rs.getInt("helped") + " no-shows=" + rs.getInt("no_shows")).list())
                .containsExactly("CONFIRMED people=2 in=1 photographed=1 helped=0 no-shows=1",
                        "WALK_IN people=2 in=2 photographed=1 helped=1 no-shows=1");
        assertThat(planning.overview()).filteredOn(s -> s.event().id() == event).singleElement()
                .satisfies(summary -> assertThat(summary.confirmed()).as("walk-ins are not sign-ups").isEqualTo(2));
    }

    private SignupEvent event(long id) {
        return planning.event(id).orElseThrow();
    }
}
