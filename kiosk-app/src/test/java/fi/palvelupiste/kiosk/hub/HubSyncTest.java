package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.TcpPartition;
import fi.palvelupiste.kiosk.TestKiosk;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.signup.Attendance;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.signup.ListRow;
import fi.palvelupiste.kiosk.signup.PersonList;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRecord;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.signup.SignupSync;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.signup.SlotFullException;
import fi.palvelupiste.kiosk.signup.PlanningException;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.sync.Stored;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two kiosks (each on its own H2) and a hub (on PostgreSQL), each a server of its own, the kiosks reaching the hub
 * through networks a test can cut: a coordinator's photo day goes down to both sites, residents sign up at both, one
 * kiosk is cut off for a while, and the hub's photographer's list ends up with everyone once, never over capacity.
 */
class HubSyncTest extends TwoSitesTest {

    @BeforeAll
    static void sites() {
        startSites("--kiosk.hub.standing-places=1");
    }

    /** A photo day on the hub, offered at both sites: {@code slots} slots of {@code capacity}. */
    static SignupEvent photoDayOnHub(int slots, int capacity) {
        EventPlanning planning = hub.bean(EventPlanning.class);
        long id = SignupFixtures.photoDay(planning, hub.bean(Clock.class), slots, capacity);
        // written on the hub in Ukrainian too, as coordinators may write every resident language
        fi.palvelupiste.kiosk.signup.EventDraft draft = planning.draftOf(id);
        draft.setTitle(draft.getTitle().with(Language.UK, "Фото на паспорт " + id));
        planning.save(id, draft, COORDINATOR);
        hub.bean(SharedEvents.class).offerAt(id, List.of(siteOf(tervo), siteOf(vesanto)), COORDINATOR);
        return planning.event(id).orElseThrow();
    }

    static SignupEvent copyAt(TestKiosk kiosk, SignupEvent onHub) {
        return kiosk.bean(SignupBooking.class).openEvents().stream()
                .filter(e -> e.publicId().equals(onHub.publicId())).findFirst().orElseThrow();
    }

    static Confirmation signUp(TestKiosk kiosk, SignupEvent event, Slot slot, String first, String last) {
        return kiosk.bean(SignupBooking.class).signUp(new SignupRequest(event.id(), slot.id(),
                SignupFixtures.person(first, last, null), null, Language.FI.locale()));
    }

    /** The list as a coordinator of all the test's municipalities sees it. */
    static List<ListRow> photographersList(SignupEvent onHub) {
        return hub.bean(fi.palvelupiste.kiosk.signup.SignupLists.class).rows(onHub.id(), PersonList.SLOTS,
                ListFormat.SCREEN, hub.coordinator("kaikki", "Tervo", "Vesanto", "Kuopio"));
    }

    @Test
    void a_photo_day_reaches_both_sites_and_everyone_signed_up_anywhere_is_on_the_hubs_list_once() {
        SignupEvent onHub = photoDayOnHub(2, 3);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();

        SignupEvent atTervo = copyAt(tervo, onHub);
        assertThat(atTervo.fromHub()).isTrue();
        assertThat(atTervo.title()).isEqualTo(onHub.title());
        assertThat(atTervo.title().in(Language.UK)).as("the Ukrainian title written on the hub")
                .isEqualTo("Фото на паспорт " + onHub.id());
        List<Slot> tervoSlots = tervo.bean(SignupBooking.class).slots(atTervo.id());
        assertThat(tervoSlots).hasSize(2);
        assertThat(tervoSlots.getFirst().freeHere()).as("the standing grant").isEqualTo(1);
        assertThat(tervoSlots.getFirst().free()).as("with what the hub had at Tervo's contact, before Vesanto's")
                .isEqualTo(3);
        assertThatThrownBy(() -> tervo.bean(EventPlanning.class).addSlot(atTervo.id(), java.time.LocalTime.of(14, 0),
                java.time.LocalTime.of(14, 10), 3, ADMIN)).isInstanceOf(PlanningException.class)
                .hasMessage("events.error.from-hub");

        // Tervo online: its grant, then one more place from the hub while the resident waits
        signUp(tervo, atTervo, tervoSlots.getFirst(), "Aino", "Tervonen");
        signUp(tervo, atTervo, tervoSlots.getFirst(), "Eino", "Tervonen");
        // Vesanto cut off: it confirms only out of its own grant, then the slot is full for it
        toVesanto.cut();
        SignupEvent atVesanto = copyAt(vesanto, onHub);
        Slot vesantoFirst = vesanto.bean(SignupBooking.class).slots(atVesanto.id()).getFirst();
        signUp(vesanto, atVesanto, vesantoFirst, "Kalle", "Vesalainen");
        assertThatThrownBy(() -> signUp(vesanto, atVesanto, vesantoFirst, "Liisa", "Vesalainen"))
                .isInstanceOf(SlotFullException.class);
        assertThatThrownBy(() -> signUp(tervo, atTervo, tervoSlots.getFirst(), "Toivo", "Tervonen"))
                .as("the last place is Vesanto's").isInstanceOf(SlotFullException.class);
        assertThat(contact(vesanto)).isFalse();
        assertThat(vesanto.bean(Outbox.class).size()).as("waiting in the outbox").isPositive();

        assertThat(contact(tervo)).isTrue();
        assertThat(photographersList(onHub)).extracting(row -> row.signup().fullName())
                .containsExactlyInAnyOrder("Aino Tervonen", "Eino Tervonen");

        toVesanto.heal();
        assertThat(contact(vesanto)).isTrue();
        assertThat(vesanto.bean(Outbox.class).size()).isZero();
        assertThat(contact(tervo)).as("again: nothing doubles").isTrue();
        List<ListRow> list = photographersList(onHub);
        assertThat(list).extracting(row -> row.signup().fullName())
                .containsExactlyInAnyOrder("Aino Tervonen", "Eino Tervonen", "Kalle Vesalainen");
        assertThat(list).extracting(row -> row.signup().siteId()).containsOnly(siteOf(tervo), siteOf(vesanto));
        assertThat(list.stream().filter(row -> row.slot().startsAt().equals(tervoSlots.getFirst().startsAt())))
                .hasSizeLessThanOrEqualTo(3);

        // a coordinator who works for Tervo only sees Tervo's residents, and is told that others are left out
        fi.palvelupiste.kiosk.signup.SignupLists lists = hub.bean(fi.palvelupiste.kiosk.signup.SignupLists.class);
        Actor tervonen = hub.coordinator("tervon-koordinaattori", "Tervo");
        assertThat(lists.rows(onHub.id(), PersonList.SLOTS, ListFormat.SCREEN, tervonen))
                .extracting(row -> row.signup().fullName()).containsExactlyInAnyOrder("Aino Tervonen", "Eino Tervonen");
        assertThat(lists.notShown(onHub.id(), PersonList.SLOTS, tervonen)).isEqualTo(1);
        assertThat(new String(lists.csv(onHub.id(), PersonList.SLOTS, tervonen, Language.FI.locale()),
                java.nio.charset.StandardCharsets.UTF_8)).contains("Tervonen").doesNotContain("Vesalainen");
        assertThat(lists.rows(onHub.id(), PersonList.SLOTS, ListFormat.SCREEN, hub.coordinator("uusi")))
                .as("a user with no area sees no one").isEmpty();
    }

    @Test
    void a_photo_day_with_its_linked_bus_comes_down_linked_and_the_bus_seats_are_shared_the_same_way() {
        SignupEvent photoDay = photoDayOnHub(1, 3);
        EventPlanning planning = hub.bean(EventPlanning.class);
        long tripId = SignupFixtures.trip(planning, hub.bean(Clock.class), 2, photoDay.id());
        hub.bean(SharedEvents.class).offerAt(tripId, List.of(siteOf(tervo), siteOf(vesanto)), COORDINATOR);
        SignupEvent trip = planning.event(tripId).orElseThrow();
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();

        SignupEvent busAtTervo = copyAt(tervo, trip);
        SignupEvent dayAtTervo = copyAt(tervo, photoDay);
        assertThat(busAtTervo.linkedEventId()).isEqualTo(dayAtTervo.id());
        assertThat(tervo.bean(SignupBooking.class).linkedOffers(dayAtTervo.id())).extracting(SignupEvent::publicId)
                .containsExactly(trip.publicId());
        Slot seats = tervo.bean(SignupBooking.class).slots(busAtTervo.id()).getFirst();
        assertThat(seats.freeHere()).as("one seat each, the bus has two").isEqualTo(1);
        signUp(tervo, busAtTervo, seats, "Bussi", "Matkustaja");
        assertThatThrownBy(() -> signUp(tervo, busAtTervo, seats, "Toinen", "Matkustaja"))
                .as("the other seat is Vesanto's").isInstanceOf(SlotFullException.class);
        assertThat(contact(tervo)).isTrue();
        assertThat(hub.bean(fi.palvelupiste.kiosk.signup.SignupLists.class).rows(tripId, PersonList.PARTICIPANTS,
                ListFormat.SCREEN, hub.coordinator("kaikki", "Tervo", "Vesanto", "Kuopio")))
                .extracting(row -> row.signup().fullName()).containsExactly("Bussi Matkustaja");
    }

    @Test
    void a_form_published_on_the_hub_reaches_every_kiosk_read_only_and_a_new_version_replaces_it() {
        fi.palvelupiste.kiosk.forms.FormLibrary library = hub.bean(fi.palvelupiste.kiosk.forms.FormLibrary.class);
        fi.palvelupiste.kiosk.forms.FormText text = new fi.palvelupiste.kiosk.forms.FormText("Kyytilomake",
                "Kyydin tilaaminen", "# KYYTILOMAKE\n___ Nimi");
        fi.palvelupiste.kiosk.forms.FormText sv = new fi.palvelupiste.kiosk.forms.FormText("Skjutsblankett",
                "Att beställa skjuts", "# SKJUTSBLANKETT\n___ Namn");
        fi.palvelupiste.kiosk.forms.FormText en = new fi.palvelupiste.kiosk.forms.FormText("Ride form",
                "Ordering a ride", "# RIDE FORM\n___ Name");
        fi.palvelupiste.kiosk.forms.FormTexts texts = fi.palvelupiste.kiosk.forms.FormTexts.EMPTY
                .with(Language.FI, text).with(Language.SV, sv).with(Language.EN, en)
                .with(Language.SO, new fi.palvelupiste.kiosk.forms.FormText("Foomka gaadiidka", "Dalbashada gaadiidka",
                        "# FOOMKA GAADIIDKA\n___ Magaca"));
        UUID form = library.create(fi.palvelupiste.kiosk.forms.FormContent.of(texts), COORDINATOR);
        assertThat(contact(tervo)).isTrue();
        assertThat(printable(tervo)).as("a draft stays on the hub").doesNotContain("Kyytilomake");

        library.publish(form, fi.palvelupiste.kiosk.forms.FormContent.of(texts), COORDINATOR);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();
        assertThat(printable(tervo)).contains("Kyytilomake");
        assertThat(printable(vesanto)).contains("Kyytilomake");
        assertThat(tervo.bean(fi.palvelupiste.kiosk.forms.FormPrinting.class).published(form).orElseThrow()
                .text(Language.SO).title()).as("the Somali version reaches the kiosk").isEqualTo("Foomka gaadiidka");
        assertThat(tervo.bean(fi.palvelupiste.kiosk.forms.SharedForms.class).fromHub(form)).isTrue();
        assertThatThrownBy(() -> tervo.bean(fi.palvelupiste.kiosk.forms.FormLibrary.class).saveDraft(form,
                fi.palvelupiste.kiosk.forms.FormContent.of(texts), ADMIN))
                .isInstanceOf(fi.palvelupiste.kiosk.forms.FormRejectedException.class);

        fi.palvelupiste.kiosk.forms.FormText changed = new fi.palvelupiste.kiosk.forms.FormText("Kyytilomake 2027",
                "Kyydin tilaaminen", "# KYYTILOMAKE\n___ Nimi\n___ Kylä");
        library.publish(form, new fi.palvelupiste.kiosk.forms.FormContent(texts.with(Language.FI, changed), true),
                COORDINATOR);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(tervo)).as("applied once").isTrue();
        assertThat(printable(tervo)).contains("Kyytilomake 2027").doesNotContain("Kyytilomake");
        fi.palvelupiste.kiosk.forms.FormPrinting printing = tervo.bean(fi.palvelupiste.kiosk.forms.FormPrinting.class);
        assertThat(printing.published(form).orElseThrow().version().printWithFinnish())
                .as("the setting to print with Finnish came down with the version").isTrue();
    }

    @Test
    void a_sign_up_the_hub_cannot_store_is_refused_on_its_own_and_the_rest_goes_on() {
        SignupEvent onHub = photoDayOnHub(1, 3);
        assertThat(contact(tervo)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        Confirmation made = signUp(tervo, atTervo, tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst(),
                "Oikea", "Ilmoittautuja");
        SignupRecord good = tervo.bean(SignupSync.class).next(10).orElseThrow().signups().getFirst();
        SignupRecord lost = new SignupRecord(UUID.randomUUID(), good.siteId(), UUID.randomUUID(), null,
                SignupStatus.WAITLISTED, "KADON", "Kadonnut", "Tapahtuma", null, false, false, null, null, "fi",
                null, null, good.createdAt(), good.updatedAt(), good.version() + 1000, Attendance.NONE);

        Stored stored = hub.bean(SignupSync.class).store(siteOf(tervo), List.of(lost, good));

        assertThat(stored.refused()).containsExactly(lost.publicId());
        assertThat(stored.stored()).isEqualTo(1);
        assertThat(statusOnHub(made)).isEqualTo(SignupStatus.CONFIRMED);
        tervo.bean(SignupSync.class).acknowledged(0, stored.refused());
        assertThat(tervo.bean(Outbox.class).refused()).isEqualTo(1);
        assertThat(contact(tervo)).isTrue();
        assertThat(hub.bean(HubSites.class).fleet().stream().filter(row -> row.device().siteId().equals(siteOf(tervo)))
                .findFirst().orElseThrow().attention()).contains(Attention.REFUSED);
    }

    private static List<String> printable(TestKiosk kiosk) {
        return kiosk.bean(fi.palvelupiste.kiosk.forms.FormLibrary.class).summaries().stream()
                .filter(summary -> summary.publishedVersion() != null)
                .map(fi.palvelupiste.kiosk.forms.FormSummary::title).toList();
    }

    @Test
    void moving_to_a_time_whose_places_are_at_the_hub_asks_the_hub_for_one() {
        SignupEvent onHub = photoDayOnHub(2, 3);
        assertThat(contact(vesanto)).isTrue();
        assertThat(contact(tervo)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        List<Slot> slots = tervo.bean(SignupBooking.class).slots(atTervo.id());
        Confirmation first = signUp(tervo, atTervo, slots.get(0), "Siirtyvä", "Asukas");
        signUp(tervo, atTervo, slots.get(1), "Paikallaan", "Asukas");
        Slot later = tervo.bean(SignupBooking.class).slots(atTervo.id()).get(1);
        assertThat(later.freeHere()).as("Tervo's own place in the later time is taken").isZero();
        assertThat(later.free()).as("the hub still has one").isEqualTo(1);

        tervo.bean(SignupChanges.class).move(first.resident().signup().id(), later.id(), ADMIN,
                Language.FI.locale());

        assertThat(tervo.bean(SignupBooking.class).slots(atTervo.id()).get(1).booked()).isEqualTo(2);
        assertThat(contact(tervo)).isTrue();
        assertThat(photographersList(onHub)).filteredOn(row -> row.signup().lastName().equals("Asukas"))
                .extracting(row -> row.slot().startsAt()).containsOnly(later.startsAt());
    }

    @Test
    void a_cancellation_reaches_the_hub_and_an_old_state_sent_again_does_not_undo_it() {
        SignupEvent onHub = photoDayOnHub(1, 2);
        assertThat(contact(tervo)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        Slot slot = tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst();
        Confirmation made = signUp(tervo, atTervo, slot, "Matti", "Peruja");
        SignupSync.Batch first = tervo.bean(SignupSync.class).next(10).orElseThrow();
        assertThat(contact(tervo)).isTrue();

        tervo.bean(SignupChanges.class).cancel(made.resident().signup().id(), ADMIN, Language.FI.locale());
        assertThat(contact(tervo)).isTrue();
        assertThat(statusOnHub(made)).isEqualTo(SignupStatus.CANCELLED);

        // the first batch once more, as after a crash between sending and the hub's acknowledgement
        String device = hub.bean(HubSites.class).devices().stream()
                .filter(d -> d.siteId().equals(siteOf(tervo))).findFirst().orElseThrow().siteId();
        hub.bean(SignupSync.class).store(device, first.signups());
        assertThat(statusOnHub(made)).isEqualTo(SignupStatus.CANCELLED);

        assertThatThrownBy(() -> hub.bean(SignupSync.class).store(siteOf(vesanto), first.signups()))
                .as("a kiosk writes only its own site's records").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_site_with_sign_ups_stays_and_a_withdrawn_one_closes_its_sign_up_and_gives_its_places_back() {
        SignupEvent onHub = photoDayOnHub(1, 2);
        assertThat(contact(tervo)).isTrue();
        assertThat(contact(vesanto)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        signUp(tervo, atTervo, tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst(), "Sanni", "Pysyvä");
        assertThat(contact(tervo)).isTrue();
        EventPlanning planning = hub.bean(EventPlanning.class);
        assertThat(planning.slots(onHub.id()).getFirst().freeHere()).as("both places granted").isZero();

        SharedEvents shared = hub.bean(SharedEvents.class);
        assertThatThrownBy(() -> shared.offerAt(onHub.id(), List.of(siteOf(vesanto)), COORDINATOR))
                .hasMessage("events.error.site-takes-part");
        shared.offerAt(onHub.id(), List.of(siteOf(tervo)), COORDINATOR);
        assertThat(contact(vesanto)).isTrue();

        assertThat(vesanto.bean(SignupBooking.class).openEvents()).extracting(SignupEvent::publicId)
                .doesNotContain(onHub.publicId());
        assertThat(planning.slots(onHub.id()).getFirst().freeHere()).as("Vesanto's place is back in the pool")
                .isEqualTo(1);
    }

    @Test
    void a_batch_whose_answer_is_lost_is_sent_again_and_stored_once() {
        SignupEvent onHub = photoDayOnHub(1, 3);
        assertThat(contact(tervo)).isTrue();
        SignupEvent atTervo = copyAt(tervo, onHub);
        Confirmation made = signUp(tervo, atTervo, tervo.bean(SignupBooking.class).slots(atTervo.id()).getFirst(),
                "Heikki", "Hukattu");

        toTervo.loseAnswers();
        tervo.bean(HubConnection.class).pushPending();
        assertThat(tervo.bean(SiteIdentity.class).hubLink().orElseThrow().lastProblem()).as("no answer in time")
                .isEqualTo(HubConnection.PROBLEM_UNREACHABLE);
        assertThat(tervo.bean(Outbox.class).size()).as("so it stays in the outbox").isPositive();
        assertThat(statusOnHub(made)).as("though the hub stored it").isEqualTo(SignupStatus.CONFIRMED);

        toTervo.heal();
        assertThat(contact(tervo)).isTrue();
        assertThat(tervo.bean(Outbox.class).size()).isZero();
        assertThat(photographersList(onHub)).extracting(row -> row.signup().publicId())
                .containsOnlyOnce(made.resident().signup().publicId());
    }

    @Test
    void a_kiosk_restarted_before_it_could_send_sends_after_its_restart() {
        String database = "jdbc:h2:file:./target/test-data/restarted-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
        TestKiosk kiosk = TestKiosk.start("--spring.datasource.url=" + database);
        TcpPartition network = new TcpPartition(hub.port());
        try {
            link(kiosk, network, "Karttulan kirjasto", "Kuopio");
            SignupEvent onHub = photoDayOnHub(1, 3);
            hub.bean(SharedEvents.class).offerAt(onHub.id(), List.of(siteOf(tervo), siteOf(vesanto), siteOf(kiosk)),
                    COORDINATOR);
            assertThat(contact(kiosk)).isTrue();
            network.cut();
            SignupEvent here = copyAt(kiosk, onHub);
            Confirmation made = signUp(kiosk, here, kiosk.bean(SignupBooking.class).slots(here.id()).getFirst(),
                    "Riitta", "Uudelleen");
            kiosk.close();

            kiosk = TestKiosk.start("--spring.datasource.url=" + database);
            network.heal();
            assertThat(kiosk.bean(Outbox.class).size()).as("the outbox survived").isPositive();
            assertThat(contact(kiosk)).isTrue();
            assertThat(statusOnHub(made)).isEqualTo(SignupStatus.CONFIRMED);
        } finally {
            kiosk.close();
            network.close();
        }
    }

    private static SignupStatus statusOnHub(Confirmation made) {
        UUID id = made.resident().signup().publicId();
        return hub.bean(fi.palvelupiste.kiosk.signup.SignupChanges.class)
                .search(made.resident().signup().referenceCode(), hub.coordinator("kaikki", "Tervo", "Vesanto", "Kuopio"))
                .stream()
                .filter(b -> b.signup().publicId().equals(id)).findFirst().orElseThrow().signup().status();
    }
}
