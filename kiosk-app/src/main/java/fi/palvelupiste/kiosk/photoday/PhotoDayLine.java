package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Booked;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Person;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Plan;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.WalkIn;
import fi.palvelupiste.kiosk.signup.SignupEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A photo day's line at one moment: the plan (now, next, ahead, not here) and the people behind it, for the
 * photographer's page, the help desk and the display.
 */
public record PhotoDayLine(SignupEvent event, Plan plan, List<Attendee> attendees, List<WalkInNumber> walkIns,
                           List<Person> people, Instant at) {

    /** The booked resident as the line knows them. */
    public Person person(Attendee attendee) {
        return people.stream().filter(p -> p instanceof Booked && p.id() == attendee.signupId()).findFirst().orElseThrow();
    }

    public Person person(WalkInNumber walkIn) {
        return people.stream().filter(p -> p instanceof WalkIn && p.id() == walkIn.id()).findFirst().orElseThrow();
    }

    public Optional<Attendee> attendee(Person person) {
        return person instanceof Booked ? attendees.stream().filter(a -> a.signupId() == person.id()).findFirst()
                : Optional.empty();
    }

    public Optional<WalkInNumber> walkIn(Person person) {
        return person instanceof WalkIn ? walkIns.stream().filter(w -> w.id() == person.id()).findFirst()
                : Optional.empty();
    }

    /** Booked people who have checked in and wait (being photographed included), in slot order. */
    public List<Attendee> here() {
        return attendees.stream().filter(a -> a.checkedInAt() != null && a.photographedAt() == null
                && a.noShowAt() == null).toList();
    }

    /** Booked people not checked in yet, whose place is still held for them. */
    public List<Attendee> expected() {
        List<Long> freed = plan.notHere().stream().map(Booked::id).toList();
        return attendees.stream().filter(a -> a.checkedInAt() == null && a.photographedAt() == null
                && !freed.contains(a.signupId())).toList();
    }

    /** For the help desk: photographed people who want help with the electronic application and have not had it. */
    public List<Person> helpWanted() {
        Stream<Person> booked = attendees.stream().filter(a -> a.wantsHelp() && a.photographedAt() != null
                && a.helpedAt() == null).map(this::person);
        Stream<Person> walking = walkIns.stream().filter(w -> w.wantsHelp() && w.photographedAt() != null
                && w.helpedAt() == null).map(this::person);
        return Stream.concat(booked, walking).toList();
    }
}
