package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.sync.Escrow;
import fi.palvelupiste.kiosk.sync.Grant;
import fi.palvelupiste.kiosk.sync.Returned;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A kiosk's side of hub events: copies applied in one go, read-only here, places only as the hub grants them. */
@KioskTest
public class SharedEventsTest {

    @Autowired
    SharedEvents shared;
    @Autowired
    Escrow grants;
    @Autowired
    SignupBooking booking;
    @Autowired
    EventPlanning planning;
    @Autowired
    Clock clock;

    public static EventCopy copy(UUID id, Clock clock, UUID linked, List<EventCopy.SlotCopy> slots) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new EventCopy(id, "hub-site", "PHOTO_DAY", LocalizedText.of(Language.FI, "Kuvauspäivä hubilta")
                .with(Language.UK, "День фотографування з хабу"), "Kirjasto", "", "Tervo",
                LocalDate.now(clock).plusDays(20), LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY, "",
                now.minusDays(1), now.plusDays(10), null, null, linked, slots);
    }

    SignupEvent here(UUID id) {
        return planning.events().stream().filter(e -> e.publicId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_copy_is_read_only_here_and_its_slots_have_only_the_places_the_hub_granted() {
        UUID id = UUID.randomUUID();
        UUID slot = UUID.randomUUID();
        shared.apply(List.of(copy(id, clock, null, List.of(new EventCopy.SlotCopy(slot, LocalTime.of(10, 0),
                LocalTime.of(10, 10))))), List.of());
        SignupEvent event = here(id);
        assertThat(event.fromHub()).isTrue();
        Slot empty = planning.slots(event.id()).getFirst();
        assertThat(empty.capacity()).isZero();
        assertThatThrownBy(() -> planning.save(event.id(), planning.draftOf(event.id()), Actor.staff("admin")))
                .hasMessage("events.error.from-hub");
        assertThatThrownBy(() -> planning.deleteSlot(empty.id(), Actor.staff("admin")))
                .hasMessage("events.error.from-hub");

        grants.take(List.of(new Grant(SlotPools.KIND, slot, 2, 5, false)));
        grants.take(List.of(new Grant(SlotPools.KIND, slot, 1, 6, false)));
        Slot granted = planning.slots(event.id()).getFirst();
        assertThat(granted.capacity()).as("an older, smaller grant arriving late changes nothing").isEqualTo(2);
        assertThat(granted.free()).isEqualTo(2 + 5);

        booking.signUp(new SignupRequest(event.id(), granted.id(), SignupFixtures.person("Elli", "Hubinen", null),
                null, Language.FI.locale()));
        grants.take(List.of(new Grant(SlotPools.KIND, slot, 2, 0, true)));
        Slot returned = planning.slots(event.id()).getFirst();
        assertThat(returned.capacity()).as("the unbooked place went back").isEqualTo(1);
        assertThat(grants.returnedHere()).containsExactly(new Returned(SlotPools.KIND, slot, 1));
        assertThatThrownBy(() -> booking.signUp(new SignupRequest(event.id(), returned.id(),
                SignupFixtures.person("Olli", "Hubinen", null), null, Language.FI.locale())))
                .isInstanceOf(SlotFullException.class);
    }

    @Test
    void a_changed_copy_moves_its_slots_a_removed_empty_slot_goes_and_a_withdrawn_event_closes() {
        UUID photoDay = UUID.randomUUID();
        UUID bus = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        shared.apply(List.of(copy(bus, clock, photoDay, List.of()), copy(photoDay, clock, null, List.of(
                new EventCopy.SlotCopy(first, LocalTime.of(10, 0), LocalTime.of(10, 10)),
                new EventCopy.SlotCopy(second, LocalTime.of(10, 10), LocalTime.of(10, 20))))), List.of());
        assertThat(here(bus).linkedEventId()).as("linked, whatever the order in the batch")
                .isEqualTo(here(photoDay).id());

        shared.apply(List.of(copy(photoDay, clock, null, List.of(
                new EventCopy.SlotCopy(first, LocalTime.of(11, 0), LocalTime.of(11, 10))))), List.of());
        assertThat(planning.slots(here(photoDay).id())).extracting(Slot::publicId, Slot::startsAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, LocalTime.of(11, 0)));

        shared.apply(List.of(), List.of(photoDay));
        assertThat(booking.openEvents()).extracting(SignupEvent::publicId).doesNotContain(photoDay)
                .contains(bus);
    }

    @Test
    void a_kiosks_own_event_under_a_hub_events_id_becomes_its_copy_unless_someone_signed_up_for_it() {
        // the migrations' seed examples are on every node under the same public ids
        SignupEvent untouched = planning.event(SignupFixtures.photoDay(planning, clock, 1, 2)).orElseThrow();
        SignupEvent signedUp = planning.event(SignupFixtures.photoDay(planning, clock, 1, 2)).orElseThrow();
        Slot taken = planning.slots(signedUp.id()).getFirst();
        booking.signUp(new SignupRequest(signedUp.id(), taken.id(), SignupFixtures.person("Oma", "Kioskilainen", null),
                null, Language.FI.locale()));

        Slot own = planning.slots(untouched.id()).getFirst();
        shared.apply(List.of(
                copy(untouched.publicId(), clock, null, List.of(new EventCopy.SlotCopy(own.publicId(), own.startsAt(),
                        own.endsAt()))),
                copy(signedUp.publicId(), clock, null, List.of(new EventCopy.SlotCopy(taken.publicId(),
                        taken.startsAt(), taken.endsAt())))), List.of());

        assertThat(here(untouched.publicId()).fromHub()).isTrue();
        assertThat(here(untouched.publicId()).title().in(Language.FI)).isEqualTo("Kuvauspäivä hubilta");
        assertThat(planning.slots(untouched.id()).getFirst().capacity()).as("only what the hub grants").isZero();
        assertThat(here(signedUp.publicId()).fromHub()).as("stays the kiosk's own").isFalse();
        assertThat(planning.slots(signedUp.id()).getFirst().capacity()).isEqualTo(2);
    }
}
