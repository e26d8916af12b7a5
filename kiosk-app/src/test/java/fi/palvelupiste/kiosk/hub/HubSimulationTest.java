package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.TcpPartition;
import fi.palvelupiste.kiosk.TestHub;
import fi.palvelupiste.kiosk.TestKiosk;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
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
import fi.palvelupiste.kiosk.signup.SignupLists;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.signup.SignupSync;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.signup.SlotFullException;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A randomized simulation of a campaign day (item 9 of issue #11): three kiosks (each on its own H2) and a hub (on
 * PostgreSQL), the kiosks' networks cut and healed at random, residents signing up, joining waitlists and cancelling,
 * over {@code -Dsimulation.steps} steps (2,000 by default) from {@code -Dsimulation.seed} (random by default; a
 * failure names its seed). After every step no slot has more people confirmed, across all kiosks, than its capacity;
 * after healing, the hub's lists are the union of the kiosks' own, each person once, and no confirmed sign-up is lost.
 */
class HubSimulationTest {

    private static final Logger log = LoggerFactory.getLogger(HubSimulationTest.class);
    static final Actor COORDINATOR = Actor.staff("koordinaattori");
    static final int KIOSKS = 3;
    static final int SLOTS = 6;
    static final int CAPACITY = 4;

    static TestHub hub;
    static final List<TestKiosk> kiosks = new ArrayList<>();
    static final List<TcpPartition> networks = new ArrayList<>();

    @BeforeAll
    static void start() {
        hub = TestHub.start("--kiosk.hub.standing-places=1");
        HubSites sites = hub.bean(HubSites.class);
        for (int k = 0; k < KIOSKS; k++) {
            TestKiosk kiosk = TestKiosk.start("--kiosk.hub.timeout=2s");
            TcpPartition network = new TcpPartition(hub.port());
            Site site = sites.createSite("Kirjasto " + k, "Kunta " + k, COORDINATOR);
            kiosk.bean(HubConnection.class).link(network.url().toString(),
                    sites.newEnrolmentCode(site.id(), COORDINATOR).code(), Actor.staff("admin"));
            kiosks.add(kiosk);
            networks.add(network);
        }
    }

    @AfterAll
    static void stop() {
        networks.forEach(TcpPartition::close);
        kiosks.forEach(TestKiosk::close);
        hub.close();
    }

    @Test
    void capacity_holds_at_every_step_and_the_hubs_lists_are_the_union_of_the_kiosks_after_healing() {
        int steps = Integer.getInteger("simulation.steps", 2000);
        long seed = Long.getLong("simulation.seed", new Random().nextLong());
        Random random = new Random(seed);
        log.info("Simulation: {} steps, seed {}", steps, seed);

        EventPlanning planning = hub.bean(EventPlanning.class);
        long eventId = SignupFixtures.photoDay(planning, hub.bean(Clock.class), SLOTS, CAPACITY);
        SignupEvent onHub = planning.event(eventId).orElseThrow();
        hub.bean(SharedEvents.class).offerAt(eventId,
                kiosks.stream().map(k -> k.bean(SiteIdentity.class).siteId()).toList(), COORDINATOR);
        kiosks.forEach(k -> k.bean(HubConnection.class).contact());

        boolean[] cut = new boolean[KIOSKS];
        Map<UUID, Integer> madeAt = new HashMap<>();
        Map<UUID, Long> localIds = new HashMap<>();
        Set<UUID> cancelled = new HashSet<>();
        int confirmed = 0;
        int waitlisted = 0;
        int full = 0;
        int cuts = 0;
        int contacts = 0;
        for (int step = 0; step < steps; step++) {
            int k = random.nextInt(KIOSKS);
            TestKiosk kiosk = kiosks.get(k);
            int action = random.nextInt(100);
            if (action < 35) {
                SignupEvent here = copyAt(kiosk, onHub);
                List<Slot> slots = kiosk.bean(SignupBooking.class).slots(here.id());
                Slot slot = slots.get(random.nextInt(slots.size()));
                String name = letters(step);
                try {
                    remember(signUp(kiosk, here, slot.id(), name), k, madeAt, localIds);
                    confirmed++;
                } catch (SlotFullException e) {
                    full++;
                    if (random.nextBoolean()) {
                        remember(signUp(kiosk, here, null, name), k, madeAt, localIds);
                        waitlisted++;
                    }
                }
            } else if (action < 55) {
                List<UUID> mine = madeAt.entrySet().stream()
                        .filter(e -> e.getValue() == k && !cancelled.contains(e.getKey())).map(Map.Entry::getKey)
                        .sorted().toList();
                if (!mine.isEmpty()) {
                    UUID chosen = mine.get(random.nextInt(mine.size()));
                    kiosk.bean(SignupChanges.class).cancel(localIds.get(chosen), Actor.device("kiosk"),
                            Language.FI.locale());
                    cancelled.add(chosen);
                }
            } else if (action < 65) {
                if (!cut[k]) {
                    cuts++;
                }
                cut[k] = true;
                networks.get(k).cut();
            } else if (action < 75) {
                cut[k] = false;
                networks.get(k).heal();
            } else {
                kiosk.bean(HubConnection.class).contact();
                contacts++;
            }
            assertCapacityHolds(onHub, seed, step);
        }

        for (int k = 0; k < KIOSKS; k++) {
            networks.get(k).heal();
        }
        // a few rounds of contacts: spare places held at one kiosk reach the waitlist of another
        for (int round = 0; round < 4; round++) {
            kiosks.forEach(k -> assertThat(k.bean(HubConnection.class).contact()).isTrue());
        }
        kiosks.forEach(k -> assertThat(k.bean(Outbox.class).size()).isZero());

        Map<UUID, SignupStatus> union = new HashMap<>();
        for (TestKiosk kiosk : kiosks) {
            statuses(kiosk.bean(SignupLists.class), copyAt(kiosk, onHub).id(), COORDINATOR).forEach((id, status) ->
                    assertThat(union.put(id, status)).as("made at one kiosk only").isNull());
        }
        Map<UUID, SignupStatus> atHub = statuses(hub.bean(SignupLists.class), eventId,
                hub.coordinator("simulaatio", "Kunta 0", "Kunta 1", "Kunta 2"));
        assertThat(atHub).as("seed %d: the hub's lists are the union of the kiosks'", seed).isEqualTo(union);
        Set<UUID> live = new HashSet<>(madeAt.keySet());
        live.removeAll(cancelled);
        assertThat(live).as("seed %d: every sign-up not cancelled is on a list", seed)
                .allMatch(atHub::containsKey);
        long confirmedAtHub = atHub.values().stream().filter(s -> s == SignupStatus.CONFIRMED).count();
        if (atHub.containsValue(SignupStatus.WAITLISTED)) {
            assertThat(confirmedAtHub).as("seed %d: nobody waits while a place is free at any kiosk", seed)
                    .isEqualTo(SLOTS * CAPACITY);
        }
        log.info("Simulation: {} steps, {} confirmed at once, {} waitlisted, {} found the slot full, {} cancelled, "
                        + "{} cuts, {} contacts; at the end {} confirmed and {} waiting on the hub's lists "
                        + "(capacity {}): never over capacity", steps, confirmed, waitlisted, full, cancelled.size(),
                cuts, contacts, confirmedAtHub,
                atHub.values().stream().filter(s -> s == SignupStatus.WAITLISTED).count(), SLOTS * CAPACITY);
    }

    /** Across all kiosks, no slot has more people confirmed than its capacity on the hub. */
    private static void assertCapacityHolds(SignupEvent onHub, long seed, int step) {
        Map<java.time.LocalTime, Integer> booked = new HashMap<>();
        for (TestKiosk kiosk : kiosks) {
            SignupEvent here = copyAt(kiosk, onHub);
            kiosk.bean(SignupBooking.class).slots(here.id())
                    .forEach(slot -> booked.merge(slot.startsAt(), slot.booked(), Integer::sum));
        }
        assertThat(booked.values()).as("seed %d, step %d: places confirmed per slot, all kiosks", seed, step)
                .allMatch(places -> places <= CAPACITY);
    }

    private static Map<UUID, SignupStatus> statuses(SignupLists lists, long eventId, Actor reader) {
        Map<UUID, SignupStatus> statuses = new HashMap<>();
        for (PersonList list : List.of(PersonList.SLOTS, PersonList.WAITLIST)) {
            for (ListRow row : lists.rows(eventId, list, ListFormat.SCREEN, reader)) {
                assertThat(statuses.put(row.signup().publicId(), row.signup().status())).as("once").isNull();
            }
        }
        return statuses;
    }

    private static SignupEvent copyAt(TestKiosk kiosk, SignupEvent onHub) {
        return kiosk.bean(EventPlanning.class).events().stream().filter(e -> e.publicId().equals(onHub.publicId()))
                .findFirst().orElseThrow();
    }

    /** A first name of letters only (the name rule): Aa, Ab, … one for each step. */
    private static String letters(int step) {
        StringBuilder name = new StringBuilder();
        for (int n = step; n > 0 || name.isEmpty(); n /= 26) {
            name.append((char) ('a' + n % 26));
        }
        return "A" + name;
    }

    private static void remember(Confirmation made, int kiosk, Map<UUID, Integer> madeAt, Map<UUID, Long> localIds) {
        madeAt.put(made.resident().signup().publicId(), kiosk);
        localIds.put(made.resident().signup().publicId(), made.resident().signup().id());
    }

    private static Confirmation signUp(TestKiosk kiosk, SignupEvent event, Long slotId, String name) {
        return kiosk.bean(SignupBooking.class).signUp(new SignupRequest(event.id(), slotId,
                SignupFixtures.person(name, "Simulaatio", null), null, Language.FI.locale()));
    }
}
