package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Booked;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Person;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Place;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Plan;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.WalkIn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The merged line of a photo day, on a compressed clock: a whole day is simulated minute by minute. */
class PhotoDayQueueTest {

    static final Instant TEN = Instant.parse("2026-12-07T08:00:00Z");
    static final Duration NO_SHOW_AFTER = Duration.ofMinutes(15);
    static final Duration SLOT_PACE = Duration.ofMinutes(5);

    static Instant at(int minutesFromTen) {
        return TEN.plus(Duration.ofMinutes(minutesFromTen));
    }

    static Booked booked(long id, int slotMinute, Integer checkedInMinute) {
        return new Booked(id, at(slotMinute), checkedInMinute == null ? null : at(checkedInMinute), null, null, null);
    }

    static WalkIn walkIn(long id, int number, int takenMinute) {
        return new WalkIn(id, number, at(takenMinute), null, null, null);
    }

    static PhotoDayQueue line(List<Place> places, List<Booked> booked, List<WalkIn> walkIns) {
        return new PhotoDayQueue(places, booked, walkIns, NO_SHOW_AFTER, SLOT_PACE);
    }

    @Test
    void a_checked_in_booked_person_is_called_at_their_time_before_an_earlier_walk_in() {
        List<Place> places = List.of(new Place(at(0), 1), new Place(at(10), 1));
        PhotoDayQueue line = line(places, List.of(booked(1, 0, -10), booked(2, 10, -5)), List.of(walkIn(7, 1, -20)));

        Plan plan = line.plan(at(0));

        assertThat(plan.next()).get().extracting(t -> t.person().id()).isEqualTo(1L);
        assertThat(plan.nextCallableAt(at(0))).isTrue();
        assertThat(plan.ahead()).extracting(t -> t.person().id()).containsExactly(1L, 7L, 2L)
                .as("the walk-in fits in the gap between the two slots");
        assertThat(plan.ahead().get(1).expectedAt()).isEqualTo(at(5));
    }

    @Test
    void a_booked_person_who_has_not_come_holds_the_place_until_the_no_show_time_and_then_a_walk_in_takes_it() {
        List<Place> places = List.of(new Place(at(0), 1), new Place(at(10), 1));
        List<Booked> booked = List.of(booked(1, 0, null), booked(2, 10, 5));
        List<WalkIn> walkIns = List.of(walkIn(7, 1, -20));

        Plan early = line(places, booked, walkIns).plan(at(3));
        assertThat(early.nextCallableAt(at(3))).as("the 10.00 place is held for its booked person").isFalse();
        assertThat(early.notHere()).isEmpty();

        Booked secondCalled = new Booked(2, at(10), at(5), at(10), at(14), null);
        Plan freed = line(places, List.of(booked.getFirst(), secondCalled), walkIns).plan(at(15));
        assertThat(freed.notHere()).extracting(Booked::id).containsExactly(1L);
        assertThat(freed.nextCallableAt(at(15))).isTrue();
        assertThat(freed.next()).get().extracting(t -> t.person()).isInstanceOf(WalkIn.class);
    }

    @Test
    void nobody_is_called_twice_and_nobody_is_called_while_someone_is_being_photographed() {
        List<Place> places = List.of(new Place(at(0), 2));
        Booked beingPhotographed = new Booked(1, at(0), at(-5), at(0), null, null);
        Booked done = new Booked(2, at(0), at(-5), at(-4), at(-1), null);
        WalkIn called = new WalkIn(9, 1, at(-30), at(-8), at(-6), null);

        Plan plan = line(places, List.of(beingPhotographed, done), List.of(called, walkIn(10, 2, -3))).plan(at(2));

        assertThat(plan.now()).isEqualTo(beingPhotographed);
        assertThat(plan.ahead()).extracting(t -> t.person().id()).containsExactly(10L);
        assertThat(plan.nextCallableAt(at(2))).isFalse();
        assertThat(plan.ahead().getFirst().expectedAt()).as("after the current photo").isEqualTo(at(5));
    }

    @Test
    void a_person_marked_not_here_is_not_called_again_until_they_check_in_anew() {
        Booked skipped = new Booked(1, at(0), at(-5), null, null, at(3));
        Plan plan = line(List.of(new Place(at(0), 1)), List.of(skipped), List.of()).plan(at(4));
        assertThat(plan.ahead()).isEmpty();
        assertThat(plan.notHere()).containsExactly(skipped);
    }

    @Test
    void the_pace_is_measured_from_the_latest_photos_and_falls_back_to_the_slots_until_there_are_enough() {
        List<Booked> two = List.of(new Booked(1, at(0), at(0), at(0), at(3), null),
                new Booked(2, at(0), at(0), at(3), at(6), null));
        assertThat(line(List.of(), two, List.of()).pace()).isEqualTo(SLOT_PACE);
        List<Booked> three = new ArrayList<>(two);
        three.add(new Booked(3, at(10), at(0), at(10), at(13), null));
        assertThat(line(List.of(), three, List.of()).pace()).isEqualTo(Duration.ofMinutes(3));
    }

    /**
     * The day: 20 booked in ten 10-minute slots of two from 10.00, three of them never come, six walk-ins
     * through the morning; the photographer takes four minutes a person and calls whenever the line says so.
     */
    @Test
    void twenty_booked_with_three_absent_and_six_walk_ins_are_all_photographed_in_order() {
        List<Place> places = new ArrayList<>();
        for (int slot = 0; slot < 10; slot++) {
            places.add(new Place(at(slot * 10), 2));
        }
        Set<Long> absent = Set.of(5L, 12L, 17L);
        int[] walkInArrivals = {5, 15, 25, 40, 60, 80};
        Day day = new Day(places);
        int taken = 0;
        for (int minute = -15; minute < 240; minute++) {
            Instant now = at(minute);
            for (long id = 1; id <= 20; id++) {
                int slotMinute = (int) ((id - 1) / 2) * 10;
                if (minute == slotMinute - 5 && !absent.contains(id)) {
                    day.checkIn(id, now);
                }
            }
            while (taken < walkInArrivals.length && walkInArrivals[taken] == minute) {
                taken++;
                day.takeWalkIn(taken, now);
            }
            day.photographer(now, Duration.ofMinutes(4));
            Plan plan = day.line().plan(now);
            if (!plan.ahead().isEmpty()) {
                assertThat(plan.next()).as("the display shows who is next at minute " + minute).isPresent();
            }
        }

        assertThat(day.photographed).hasSize(23).doesNotHaveDuplicates();
        assertThat(day.photographed.stream().filter(p -> p instanceof Booked).map(Person::id).toList())
                .as("booked in the order of their slots").isSorted()
                .doesNotContain(5L, 12L, 17L).hasSize(17);
        assertThat(day.photographed.stream().filter(p -> p instanceof WalkIn w).map(p -> ((WalkIn) p).number()).toList())
                .as("walk-ins in the order of their numbers").containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(day.lateCalls).as("booked people called more than the no-show time late").isZero();
        assertThat(day.line().plan(at(240)).notHere()).extracting(Booked::id).containsExactlyInAnyOrder(5L, 12L, 17L);
    }

    /** The day's facts as the database would hold them, changed the way the service changes them. */
    private static final class Day {
        final List<Place> places;
        final List<Booked> booked = new ArrayList<>();
        final List<WalkIn> walkIns = new ArrayList<>();
        final List<Person> photographed = new ArrayList<>();
        final Set<String> calls = new HashSet<>();
        int lateCalls;

        Day(List<Place> places) {
            this.places = places;
            for (long id = 1; id <= 20; id++) {
                booked.add(booked(id, (int) ((id - 1) / 2) * 10, null));
            }
        }

        PhotoDayQueue line() {
            return line(places, booked, walkIns);
        }

        void checkIn(long id, Instant now) {
            booked.replaceAll(b -> b.id() == id ? new Booked(id, b.slotStartsAt(), now, null, null, null) : b);
        }

        void takeWalkIn(int number, Instant now) {
            walkIns.add(new WalkIn(100 + number, number, now, null, null, null));
        }

        void photographer(Instant now, Duration perPerson) {
            Plan plan = line().plan(now);
            Person current = plan.now();
            if (current != null && !current.calledAt().plus(perPerson).isAfter(now)) {
                photographed.add(current);
                replace(current, now, false);
                plan = line().plan(now);
            }
            if (plan.nextCallableAt(now)) {
                Person next = plan.next().orElseThrow().person();
                assertThat(calls.add(next.getClass().getSimpleName() + next.id())).as("called once: " + next).isTrue();
                if (next instanceof Booked b && now.isAfter(b.slotStartsAt().plus(NO_SHOW_AFTER))) {
                    lateCalls++;
                }
                replace(next, now, true);
            }
        }

        private void replace(Person person, Instant now, boolean call) {
            if (person instanceof Booked b) {
                booked.replaceAll(x -> x.id() != b.id() ? x : call
                        ? new Booked(b.id(), b.slotStartsAt(), b.checkedInAt(), now, null, null)
                        : new Booked(b.id(), b.slotStartsAt(), b.checkedInAt(), b.calledAt(), now, null));
            } else if (person instanceof WalkIn w) {
                walkIns.replaceAll(x -> x.id() != w.id() ? x : call
                        ? new WalkIn(w.id(), w.number(), w.takenAt(), now, null, null)
                        : new WalkIn(w.id(), w.number(), w.takenAt(), w.calledAt(), now, null));
            }
        }

        private static PhotoDayQueue line(List<Place> places, List<Booked> booked, List<WalkIn> walkIns) {
            return PhotoDayQueueTest.line(places, booked, walkIns);
        }
    }
}
