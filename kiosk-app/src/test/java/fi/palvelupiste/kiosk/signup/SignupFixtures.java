package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;

/** Events for tests, made the way a coordinator makes them: through {@link EventPlanning}. */
public final class SignupFixtures {

    public static final String COORDINATOR = "coordinator-test";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private SignupFixtures() {
    }

    /** A photo day open for sign-up now, a month ahead, with {@code slots} slots of 10 minutes from 10.00. */
    public static long photoDay(EventPlanning planning, Clock clock, int slots, int capacity) {
        EventDraft draft = draft(clock, "PHOTO_DAY", "Valokuvauspäivä " + COUNTER.incrementAndGet());
        draft.setPrice(draft.getPrice().with(Language.FI, "Kuva maksetaan valokuvaajalle, 15 €"));
        draft.setBring(draft.getBring().with(Language.FI,
                "Vanha henkilökortti tai passi, jos sinulla on. Puhelin, jos sinulla on."));
        long id = planning.save(null, draft, Actor.staff(COORDINATOR));
        planning.generateSlots(id, LocalTime.of(10, 0), LocalTime.of(10, 0).plusMinutes(10L * slots), 10, capacity, Actor.staff(COORDINATOR));
        return id;
    }

    /** A bus trip with {@code seats} seats, linked to a photo day (or to nothing). */
    public static long trip(EventPlanning planning, Clock clock, int seats, Long photoDayId) {
        EventDraft draft = draft(clock, "PERMIT_TRIP", "Bussi lupapisteelle " + COUNTER.incrementAndGet());
        draft.setDate(LocalDate.now(clock).plusDays(45));
        draft.setDepartsAt(LocalTime.of(8, 30));
        draft.setReturnsAt(LocalTime.of(15, 0));
        draft.setSeats(seats);
        draft.setLinkedEventId(photoDayId);
        return planning.save(null, draft, Actor.staff(COORDINATOR));
    }

    /** An event open for sign-up by the app's clock (tests share one movable clock). */
    public static EventDraft draft(Clock clock, String kind, String title) {
        EventDraft draft = new EventDraft();
        draft.setKindCode(kind);
        draft.setTitle(draft.getTitle().with(Language.FI, title));
        draft.setPlace("Kylätalo, Tervo");
        draft.setAddress("Kylätie 5, Tervo");
        draft.setMunicipality("Tervo");
        draft.setDate(LocalDate.now(clock).plusDays(30));
        draft.setOrganiserPhone("044 123 4567");
        draft.setSignupOpens(LocalDateTime.now(clock).minusDays(1));
        draft.setSignupCloses(LocalDateTime.now(clock).plusDays(20));
        return draft;
    }

    public static Person person(String first, String last, String phone) {
        return new Person(first, last, phone, Needs.NONE);
    }
}
