package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.Slot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Photo days for tests, each on a day of its own (tests share one database and one clock, and "today's photo day"
 * must be this test's), and the clock moved to a time of that day.
 */
public final class PhotoDayFixtures {

    /**
     * The photo-day tests' own Spring context: they move its clock weeks ahead, day after day, which the shared
     * context's tests (seeded events open for sign-up until a date) must not see. The value is the default.
     */
    public static final String OWN_CONTEXT = "kiosk.photo-day.no-show-after=15m";

    private static final AtomicInteger DAYS_AHEAD = new AtomicInteger(60);

    private PhotoDayFixtures() {
    }

    /** A photo day with {@code slots} slots of 10 minutes from 10.00, each for {@code capacity} people. */
    public static long photoDay(EventPlanning planning, MutableClock clock, int slots, int capacity) {
        EventDraft draft = SignupFixtures.draft(clock, "PHOTO_DAY", "Valokuvauspäivä " + DAYS_AHEAD.get());
        draft.setDate(LocalDate.now(clock).plusDays(DAYS_AHEAD.getAndAdd(3)));
        long id = planning.save(null, draft, Actor.staff(SignupFixtures.COORDINATOR));
        planning.generateSlots(id, LocalTime.of(10, 0), LocalTime.of(10, 0).plusMinutes(10L * slots), 10, capacity,
                Actor.staff(SignupFixtures.COORDINATOR));
        return id;
    }

    /** A second photo day on the same date as {@code event}, in another hall, with slots as {@link #photoDay}'s. */
    public static long photoDayBeside(EventPlanning planning, MutableClock clock, long event, int slots, int capacity) {
        EventDraft draft = SignupFixtures.draft(clock, "PHOTO_DAY", "Toinen kuvaaja " + event);
        draft.setDate(planning.event(event).orElseThrow().date());
        draft.setPlace("Seurakuntatalo");
        long id = planning.save(null, draft, Actor.staff(SignupFixtures.COORDINATOR));
        planning.generateSlots(id, LocalTime.of(10, 0), LocalTime.of(10, 0).plusMinutes(10L * slots), 10, capacity,
                Actor.staff(SignupFixtures.COORDINATOR));
        return id;
    }

    /** Books a person into the slot at {@code index}. */
    public static Booked book(SignupBooking signups, long event, int slotIndex, String first, String last, String phone) {
        List<Slot> slots = signups.slots(event);
        return signups.signUp(new SignupRequest(event, slots.get(slotIndex).id(),
                SignupFixtures.person(first, last, phone), null, Locale.of("fi"))).resident();
    }

    /** Moves the shared clock forward to the given time on the event's day. */
    public static void moveTo(MutableClock clock, EventPlanning planning, long event, LocalTime time) {
        LocalDate day = planning.event(event).orElseThrow().date();
        Duration ahead = Duration.between(clock.instant(), day.atTime(time).atZone(clock.getZone()).toInstant());
        clock.advance(ahead);
    }
}
