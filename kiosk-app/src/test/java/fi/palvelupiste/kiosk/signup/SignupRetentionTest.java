package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.KioskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static fi.palvelupiste.kiosk.signup.SignupFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
class SignupRetentionTest {

    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges signupChanges;
    @Autowired
    EventPlanning planning;
    @Autowired
    java.time.Clock clock;
    @Autowired
    SignupRetention retention;
    @Autowired
    SignupLists lists;
    @Autowired
    JdbcClient jdbc;

    @Test
    void personal_data_is_deleted_thirty_days_after_the_event_and_the_counts_stay() {
        long event = SignupFixtures.photoDay(planning, clock, 2, 2);
        LocalDate day = planning.event(event).orElseThrow().date();
        List<Slot> slots = signups.slots(event);
        signups.signUp(new SignupRequest(event, slots.get(0).id(), new Person("Aino", "Virtanen", "0401234567",
                new Needs(true, true, null)), person("Eino", "Virtanen", null), Locale.of("fi")));
        Confirmation cancelled = signups.signUp(new SignupRequest(event, slots.get(1).id(),
                person("Olli", "Peruja", null), null, Locale.of("fi")));
        signupChanges.cancel(cancelled.resident().signup().id(), Actor.KIOSK, Locale.of("fi"));
        long listJob = lists.print(event, PersonList.PARTICIPANTS, Actor.staff(SignupFixtures.COORDINATOR), Locale.of("fi"));
        List<Long> slipJobs = jdbc.sql("SELECT p.print_job_id FROM signup_slip p JOIN signup s ON s.id = p.signup_id "
                + "WHERE s.event_id = :e").param("e", event).query(Long.class).list();
        assertThat(slipJobs).hasSize(4);

        assertThat(retention.deleteExpired(day.plusDays(29))).doesNotContain(event);
        assertThat(people(event)).isEqualTo(3);

        assertThat(retention.deleteExpired(day.plusDays(30))).contains(event);

        assertThat(people(event)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM print_job WHERE id IN (:ids)")
                .param("ids", java.util.stream.Stream.concat(slipJobs.stream(), java.util.stream.Stream.of(listJob)).toList())
                .query(Integer.class).single()).as("slips and the printed list with names").isZero();
        assertThat(planning.event(event).orElseThrow().personalDataDeletedAt()).isNotNull();
        assertThat(jdbc.sql("""
                SELECT status, SUM(people) AS people, SUM(wheelchair) AS wheelchair FROM signup_count
                WHERE event_id = :e AND municipality = 'Tervo' GROUP BY status ORDER BY status""")
                .param("e", event).query((rs, row) -> rs.getString("status") + "=" + rs.getInt("people") + "/"
                        + rs.getInt("wheelchair")).list())
                .containsExactly("CANCELLED=1/0", "CONFIRMED=2/1");
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT slot_id) FROM signup_count WHERE event_id = :e")
                .param("e", event).query(Integer.class).single()).as("counts per slot").isEqualTo(2);
        assertThat(planning.overview()).filteredOn(s -> s.event().id() == event).singleElement()
                .satisfies(summary -> assertThat(summary.confirmed()).isEqualTo(2));
        assertThat(retention.deleteExpired(day.plusDays(31))).as("done once").doesNotContain(event);
    }

    @Test
    void the_nightly_run_deletes_by_itself_outside_any_transaction() {
        long event = SignupFixtures.photoDay(planning, clock, 1, 1);
        signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(), person("Aino", "Yöajo", null),
                null, Locale.of("fi")));
        jdbc.sql("UPDATE signup_event SET event_date = :day WHERE id = :e")
                .param("day", LocalDate.now(clock).minusDays(31)).param("e", event).update();

        retention.nightly();

        assertThat(people(event)).isZero();
        assertThat(planning.event(event).orElseThrow().personalDataDeletedAt()).isNotNull();
    }

    private int people(long event) {
        return jdbc.sql("SELECT COUNT(*) FROM signup WHERE event_id = :e").param("e", event).query(Integer.class).single();
    }
}
