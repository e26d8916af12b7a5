package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.TestKiosk;
import fi.palvelupiste.kiosk.photoday.CheckIn;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.signup.ChangeRequest;
import fi.palvelupiste.kiosk.signup.ChangesAtOtherSites;
import fi.palvelupiste.kiosk.signup.CodeLookup;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.HeldElsewhere;
import fi.palvelupiste.kiosk.signup.ListRow;
import fi.palvelupiste.kiosk.signup.ReferenceCodes;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.signup.SlotFullException;
import fi.palvelupiste.kiosk.sync.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fi.palvelupiste.kiosk.hub.HubSyncTest.copyAt;
import static fi.palvelupiste.kiosk.hub.HubSyncTest.photoDayOnHub;
import static fi.palvelupiste.kiosk.hub.HubSyncTest.photographersList;
import static fi.palvelupiste.kiosk.hub.HubSyncTest.signUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A resident changes a booking by its reference code at another site's kiosk (DESIGN.md §8: the sign-up stays the
 * kiosk's that made it): the hub takes the change and shows it at once, and the kiosk that made the sign-up takes it
 * at its next contact, also after being cut off; a move's new place comes from the hub's pool, never over capacity.
 */
class HubChangesAnywhereTest extends TwoSitesTest {

    private static int visits;

    @BeforeAll
    static void sites() {
        startSites("--kiosk.hub.standing-places=1");
    }

    @Test
    void a_booking_made_at_one_site_is_cancelled_by_its_code_at_the_other_and_the_kiosk_that_made_it_takes_it() {
        SignupEvent onHub = photoDayOnHub(1, 3);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        Slot slot = tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst();
        Confirmation aino = signUp(tervo, atTervo, slot, "Aino", "Tervonen");
        String code = aino.people().getFirst().signup().referenceCode();
        assertThat(contact(tervo)).isTrue();

        Booking found = found(vesanto, code, "te");
        assertThat(found.elsewhere()).isTrue();
        assertThat(found.heldAt()).isEqualTo("Tervon kirjasto");
        assertThat(found.signup().fullName()).isEqualTo("Aino Tervonen");
        assertThat(found.slot().startsAt()).isEqualTo(slot.startsAt());
        Booked cancelled = vesanto.bean(SignupChanges.class).cancel(found, Actor.KIOSK, Language.FI.locale());
        assertThat(cancelled.signup().status()).isEqualTo(SignupStatus.CANCELLED);
        assertThat(cancelled.printJobId()).as("the cancellation slip, printed at Vesanto").isPositive();

        assertThat(photographersList(onHub)).as("the hub's list shows it at once")
                .extracting(row -> row.signup().fullName()).doesNotContain("Aino Tervonen");
        assertThat(statusAt(tervo, code)).as("Tervo has not heard yet").isEqualTo(SignupStatus.CONFIRMED);
        int freeBefore = tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst().freeHere();

        assertThat(contact(tervo)).isTrue();
        assertThat(statusAt(tervo, code)).isEqualTo(SignupStatus.CANCELLED);
        assertThat(tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst().freeHere())
                .as("Tervo has the place back").isEqualTo(freeBefore + 1);
        assertThat(tervo.bean(Outbox.class).size()).as("Tervo's new state and its word that it took the change")
                .isZero();
        assertThat(hub.bean(ChangesAtOtherSites.class).waitingFor(siteOf(tervo))).as("taken").isEmpty();
        assertThat(contact(tervo)).as("handed down again, it is not taken twice").isTrue();
        assertThat(found(vesanto, code, "Te").cancellable()).as("cancelled, looked up again").isFalse();
    }

    @Test
    void on_the_photo_day_a_code_booked_at_the_other_site_is_told_where_it_was_made_and_offered_a_number_here() {
        SignupEvent onHub = photoDayOnHub(1, 3);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        Slot slot = tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst();
        String code = signUp(tervo, atTervo, slot, "Aino", "Tervonen").people().getFirst().signup().referenceCode();
        assertThat(contact(tervo)).isTrue();
        SignupEvent atVesanto = copyAt(vesanto, onHub);
        MutableClock clock = vesanto.bean(MutableClock.class);
        Duration toTheDay = Duration.between(clock.instant(),
                atVesanto.date().atTime(9, 50).atZone(clock.getZone()).toInstant());
        clock.advance(toTheDay);
        try {
            CheckIn answer = vesanto.bean(PhotoDays.class).checkIn("visit-" + ++visits, "test-device-" + visits, code,
                    "Te");

            assertThat(answer).as("not 'another event': the event is held here today").isInstanceOfSatisfying(
                    CheckIn.MadeElsewhere.class, elsewhere -> {
                        assertThat(elsewhere.event().id()).isEqualTo(atVesanto.id());
                        assertThat(elsewhere.siteName()).isEqualTo("Tervon kirjasto");
                        assertThat(elsewhere.slotStartsAt()).isEqualTo(slot.startsAt());
                    });
        } finally {
            clock.advance(toTheDay.negated());
        }
    }

    @Test
    void a_move_at_another_site_gets_its_place_from_the_hub_and_the_kiosk_that_made_it_takes_it_after_an_outage() {
        SignupEvent onHub = photoDayOnHub(2, 2);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        List<Slot> tervoSlots = tervo.bean(SignupBooking.class).slots(atTervo.id());
        Confirmation eino = signUp(tervo, atTervo, tervoSlots.getFirst(), "Eino", "Mäkinen");
        String code = eino.people().getFirst().signup().referenceCode();
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();

        toTervo.cut();
        Booking found = found(vesanto, code, "Mä");
        assertThat(found.movable()).isTrue();
        SignupEvent atVesanto = copyAt(vesanto, onHub);
        Slot later = vesanto.bean(SignupBooking.class).slots(atVesanto.id()).getLast();
        assertThat(later.hubFree()).as("the hub's pool is shared out").isZero();
        assertThat(later.freeHere()).as("Vesanto's own standing place, which it gives for the move").isEqualTo(1);
        Booked moved = vesanto.bean(SignupChanges.class).move(found, later, Actor.KIOSK, Language.FI.locale());
        assertThat(moved.slot().startsAt()).isEqualTo(later.startsAt());
        assertThat(vesanto.bean(SignupBooking.class).slots(atVesanto.id()).getLast().freeHere())
                .as("Vesanto gave its place to the hub for Tervo's resident").isZero();
        assertThat(photographersList(onHub)).filteredOn(row -> row.signup().fullName().equals("Eino Mäkinen"))
                .extracting(row -> row.slot().startsAt()).containsExactly(later.startsAt());

        assertThat(contact(tervo)).as("cut off").isFalse();
        toTervo.heal();
        assertThat(contact(tervo)).isTrue();
        Booking atHome = tervo.bean(SignupChanges.class).search(code, COORDINATOR).getFirst();
        assertThat(atHome.slot().startsAt()).as("Tervo took the move").isEqualTo(later.startsAt());
        List<Slot> now = tervo.bean(SignupBooking.class).slots(atTervo.id());
        assertThat(now).allSatisfy(s -> assertThat(s.booked()).isLessThanOrEqualTo(s.capacity()));
        assertThat(contact(vesanto)).isTrue();
        assertThat(contact(tervo)).isTrue();
        List<ListRow> list = photographersList(onHub);
        assertThat(list).extracting(row -> row.signup().fullName()).containsOnlyOnce("Eino Mäkinen");
        hub.bean(EventPlanning.class).slots(onHub.id()).forEach(s -> assertThat(list.stream()
                .filter(row -> row.slot().id() == s.id()).count()).isLessThanOrEqualTo(s.capacity()));

        // the same change sent again (its answer lost) is one change, and answers as the first time
        ChangesAtOtherSites changes = hub.bean(ChangesAtOtherSites.class);
        ChangeRequest cancel = new ChangeRequest(UUID.randomUUID(), eino.people().getFirst().signup().publicId(),
                ChangeRequest.Action.CANCEL, null);
        HeldElsewhere first = changes.change(siteOf(vesanto), cancel, code, List.of(), Actor.device("test"));
        assertThat(first.signup().status()).isEqualTo(SignupStatus.CANCELLED);
        assertThat(changes.change(siteOf(vesanto), cancel, code, List.of(), Actor.device("test"))).isEqualTo(first);
        assertThat(changes.waitingFor(siteOf(tervo))).extracting(ChangeRequest::id).containsExactly(cancel.id());
        assertThatThrownBy(() -> changes.change(siteOf(vesanto), new ChangeRequest(UUID.randomUUID(),
                cancel.signup(), ChangeRequest.Action.CANCEL, null), code, List.of(), Actor.device("test")))
                .as("a second cancellation is a change of its own, and there is nothing left to cancel")
                .isInstanceOf(fi.palvelupiste.kiosk.signup.NotChangeableException.class);
        assertThatThrownBy(() -> changes.change(siteOf(vesanto), new ChangeRequest(UUID.randomUUID(),
                cancel.signup(), ChangeRequest.Action.CANCEL, null), "AAAAAA", List.of(), Actor.device("test")))
                .as("without the right code").isInstanceOf(IllegalArgumentException.class);
        assertThat(contact(tervo)).isTrue();
        assertThat(statusAt(tervo, code)).isEqualTo(SignupStatus.CANCELLED);
    }

    @Test
    void a_move_to_a_time_the_hub_has_no_place_in_is_refused_and_changes_nothing() {
        SignupEvent onHub = photoDayOnHub(2, 1);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        List<Slot> tervoSlots = tervo.bean(SignupBooking.class).slots(atTervo.id());
        Confirmation toini = signUp(tervo, atTervo, tervoSlots.getFirst(), "Toini", "Kallio");
        String code = toini.people().getFirst().signup().referenceCode();
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();

        Booking found = found(vesanto, code, "ka");
        Slot later = vesanto.bean(SignupBooking.class).slots(copyAt(vesanto, onHub).id()).getLast();
        assertThat(later.free()).as("Tervo, first in, holds every place").isZero();
        assertThatThrownBy(() -> vesanto.bean(SignupChanges.class).move(found, later, Actor.KIOSK,
                Language.FI.locale())).isInstanceOf(SlotFullException.class);
        assertThat(photographersList(onHub)).filteredOn(row -> row.signup().fullName().equals("Toini Kallio"))
                .extracting(row -> row.slot().startsAt()).containsExactly(tervoSlots.getFirst().startsAt());
    }

    @Test
    void without_the_hub_a_code_made_elsewhere_is_not_found_and_one_for_an_event_not_offered_here_is_sent_where_it_was_made() {
        SignupEvent onHub = photoDayOnHub(1, 2);
        assertThat(contact(tervo)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        Confirmation made = signUp(tervo, atTervo, tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst(),
                "Lempi", "Laine");
        String code = made.people().getFirst().signup().referenceCode();
        assertThat(contact(tervo)).isTrue();

        toVesanto.cut();
        assertThat(lookUp(vesanto, code, "La")).isEqualTo(new CodeLookup.NotFound(true));
        toVesanto.heal();
        assertThat(lookUp(vesanto, code, "Xy")).as("a wrong surname").isEqualTo(new CodeLookup.NotFound(false));

        // an event offered at Tervo only: its bookings are changed at Tervo, and Vesanto's kiosk says where
        EventPlanning planning = hub.bean(EventPlanning.class);
        long tervoOnly = SignupFixtures.photoDay(planning, hub.bean(Clock.class), 1, 2);
        hub.bean(SharedEvents.class).offerAt(tervoOnly, List.of(siteOf(tervo)), COORDINATOR);
        assertThat(contact(tervo)).isTrue();
        SignupEvent there = copyAt(tervo, planning.event(tervoOnly).orElseThrow());
        Confirmation local = signUp(tervo, there, tervo.bean(SignupBooking.class).slots(there.id()).getFirst(),
                "Veikko", "Laine");
        assertThat(contact(tervo)).isTrue();
        assertThat(lookUp(vesanto, local.people().getFirst().signup().referenceCode(), "La"))
                .isEqualTo(new CodeLookup.MadeElsewhere("Tervon kirjasto", there.organiserPhone()));
    }

    @Test
    void a_coordinator_on_the_hub_changes_a_booking_of_their_area_and_the_kiosk_that_made_it_takes_the_change() {
        SignupEvent onHub = photoDayOnHub(1, 3);
        assertThat(contact(vesanto)).isTrue();
        SignupEvent atVesanto = copyAt(vesanto, onHub);
        Confirmation hilkka = signUp(vesanto, atVesanto, vesanto.bean(SignupBooking.class).slots(atVesanto.id())
                .getFirst(), "Hilkka", "Vesanen");
        String code = hilkka.people().getFirst().signup().referenceCode();
        assertThat(contact(vesanto)).isTrue();

        SignupChanges onTheHub = hub.bean(SignupChanges.class);
        assertThat(onTheHub.search(code, hub.coordinator("tervon-koordinaattori", "Tervo")))
                .as("another area's resident").isEmpty();
        Actor vesanen = hub.coordinator("vesannon-koordinaattori", "Vesanto");
        Booking found = onTheHub.search("Vesanen", vesanen).getFirst();
        Booked cancelled = onTheHub.cancel(found.signup().id(), vesanen, Language.FI.locale());
        assertThat(cancelled.signup().status()).isEqualTo(SignupStatus.CANCELLED);
        assertThat(cancelled.printJobId()).as("the hub prints nothing").isZero();
        assertThat(photographersList(onHub)).extracting(row -> row.signup().fullName()).doesNotContain("Hilkka Vesanen");

        assertThat(contact(vesanto)).isTrue();
        assertThat(statusAt(vesanto, code)).isEqualTo(SignupStatus.CANCELLED);
        assertThat(hub.bean(ChangesAtOtherSites.class).waitingFor(siteOf(vesanto))).isEmpty();
    }

    private static Booking found(TestKiosk kiosk, String code, String surname) {
        CodeLookup answer = lookUp(kiosk, code, surname);
        assertThat(answer).isInstanceOf(CodeLookup.Found.class);
        return ((CodeLookup.Found) answer).booking();
    }

    /** Each look-up a visit of its own, so that the test's tries are not slowed down as guessing would be. */
    private static CodeLookup lookUp(TestKiosk kiosk, String code, String surname) {
        return kiosk.bean(ReferenceCodes.class).lookUp("visit-" + ++visits, "test-device-" + visits, code, surname);
    }

    private static SignupStatus statusAt(TestKiosk kiosk, String code) {
        return kiosk.bean(SignupChanges.class).search(code, COORDINATOR).getFirst().signup().status();
    }
}
