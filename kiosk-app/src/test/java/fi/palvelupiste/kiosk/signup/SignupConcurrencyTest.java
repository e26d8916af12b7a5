package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.KioskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Many kiosks at the same moment on the last places: the database keeps the count. */
@KioskTest
class SignupConcurrencyTest {

    private static final int ATTEMPTS = 1_000;
    private static final int THREADS = 32;

    @Autowired
    SignupBooking signups;
    @Autowired
    EventPlanning planning;
    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_thousand_parallel_attempts_on_the_last_places_never_overbook_and_every_booking_has_its_slip() throws Exception {
        long event = SignupFixtures.photoDay(planning, clock, 3, 2);
        List<Slot> slots = signups.slots(event);
        int places = slots.stream().mapToInt(Slot::capacity).sum();
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        long began;
        try (ExecutorService kiosks = Executors.newFixedThreadPool(THREADS)) {
            for (int i = 0; i < ATTEMPTS; i++) {
                int n = i;
                done.add(kiosks.submit(() -> {
                    start.await();
                    Slot slot = slots.get(n % slots.size());
                    // every tenth attempt is a couple, who need two places
                    Person companion = n % 10 == 0 ? SignupFixtures.person("Seuralainen", name(n), null) : null;
                    try {
                        signups.signUp(new SignupRequest(event, slot.id(), SignupFixtures.person("Asukas", name(n), null),
                                companion, Locale.of("fi")));
                        confirmed.incrementAndGet();
                    } catch (SlotFullException e) {
                        full.incrementAndGet();
                    } catch (RuntimeException e) {
                        other.incrementAndGet();
                        throw e;
                    }
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

        int booked = jdbc.sql("SELECT COUNT(*) FROM signup WHERE event_id = :e AND status = 'CONFIRMED'")
                .param("e", event).query(Integer.class).single();
        int withoutSlip = jdbc.sql("""
                SELECT COUNT(*) FROM signup s WHERE s.event_id = :e AND s.status = 'CONFIRMED'
                AND NOT EXISTS (SELECT 1 FROM signup_slip p JOIN print_job j ON j.id = p.print_job_id
                                WHERE p.signup_id = s.id)""").param("e", event).query(Integer.class).single();
        System.out.printf("concurrency: %d attempts on %d places in %d ms: %d sign-ups confirmed (%d people), "
                + "%d refused as full, %d other errors%n", ATTEMPTS, places, millis, confirmed.get(), booked, full.get(),
                other.get());
        assertThat(other.get()).isZero();
        assertThat(confirmed.get() + full.get()).isEqualTo(ATTEMPTS);
        assertThat(booked).isEqualTo(places);
        assertThat(signups.slots(event)).allSatisfy(slot -> assertThat(slot.booked()).isEqualTo(slot.capacity()));
        assertThat(withoutSlip).isZero();
    }

    private static String name(int n) {
        StringBuilder letters = new StringBuilder();
        int left = n;
        do {
            letters.append((char) ('a' + left % 26));
            left /= 26;
        } while (left > 0);
        return "Testi" + letters;
    }
}
