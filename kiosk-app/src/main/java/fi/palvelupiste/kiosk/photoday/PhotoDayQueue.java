package fi.palvelupiste.kiosk.photoday;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The photographer's one line for a photo day, merged from booked places and walk-in numbers: who is being
 * photographed now, who comes next and roughly when. Pure: the same answer for the same facts and time.
 * <ol>
 * <li>A checked-in booked person whose slot has begun goes first (earliest slot, then earliest check-in).</li>
 * <li>Otherwise the lowest walk-in number, when a place is free for it: a slot's place that is unbooked or was freed
 * (its booked person did not come {@code noShowAfter} after the slot began, or was marked not here) and that no
 * walk-in has used yet; or a gap, when no booked person is due before the photo would be done.</li>
 * <li>Otherwise a checked-in booked person early, if no walk-in waits: the photographer is idle.</li>
 * </ol>
 * Nobody is called twice: a called person is never in the line again. Times ahead are estimated by simulating the
 * same rules at the photographer's measured pace (the last photos' call-to-done times), with the expected booked
 * people assumed to come at their time.
 */
public final class PhotoDayQueue {

    /** How many of the latest photos the pace is measured from, and how many are needed to trust it. */
    static final int PACE_SAMPLE = 8;
    static final int PACE_TRUSTED_FROM = 3;

    /** A slot: when its places begin and how many there are. */
    public record Place(Instant startsAt, int capacity) {
    }

    /** Someone in the photographer's line. */
    public sealed interface Person {
        long id();

        @Nullable Instant calledAt();

        @Nullable Instant photographedAt();
    }

    /**
     * A booked resident.
     *
     * @param noShowAt set when the photographer marked them not here; a new check-in clears it
     */
    public record Booked(long id, Instant slotStartsAt, @Nullable Instant checkedInAt, @Nullable Instant calledAt,
                         @Nullable Instant photographedAt, @Nullable Instant noShowAt) implements Person {
    }

    /** A walk-in number, "K 7". */
    public record WalkIn(long id, int number, Instant takenAt, @Nullable Instant calledAt,
                         @Nullable Instant photographedAt, @Nullable Instant goneAt) implements Person {
    }

    /** One person ahead and when they are expected to be called. */
    public record Turn(Person person, Instant expectedAt) {
    }

    /**
     * @param now     being photographed (called, not yet done), if anyone
     * @param ahead   everyone still to come, in the order they will be called
     * @param notHere booked people whose place was freed: not come {@code noShowAfter} after their slot, or marked
     * @param pace    the time one person takes, measured or from the slots
     */
    public record Plan(@Nullable Person now, List<Turn> ahead, List<Booked> notHere, Duration pace) {

        public Optional<Turn> next() {
            return ahead.stream().findFirst();
        }

        /** Whether "call next" may call someone at this moment: nobody is being photographed and the next is due. */
        public boolean nextCallableAt(Instant time) {
            return now == null && next().filter(turn -> !turn.expectedAt().isAfter(time)).isPresent();
        }

        /** The turn of one person, if they are in the line. */
        public Optional<Turn> turnOf(Person person) {
            return ahead.stream().filter(turn -> sameKind(turn.person(), person)
                    && turn.person().id() == person.id()).findFirst();
        }

        /** How many are before this person: being photographed now and ahead of them. */
        public int before(Person person) {
            int index = 0;
            for (Turn turn : ahead) {
                if (sameKind(turn.person(), person) && turn.person().id() == person.id()) {
                    break;
                }
                index++;
            }
            return index + (now == null ? 0 : 1);
        }

        private static boolean sameKind(Person one, Person other) {
            return one.getClass() == other.getClass();
        }
    }

    private final List<Place> places;
    private final List<Booked> booked;
    private final List<WalkIn> walkIns;
    private final Duration noShowAfter;
    private final Duration fallbackPace;

    /**
     * @param fallbackPace the time per person until enough photos are done to measure it: a slot's length divided
     *                     by its places
     */
    public PhotoDayQueue(List<Place> places, List<Booked> booked, List<WalkIn> walkIns, Duration noShowAfter,
                         Duration fallbackPace) {
        this.places = List.copyOf(places);
        this.booked = List.copyOf(booked);
        this.walkIns = List.copyOf(walkIns);
        this.noShowAfter = noShowAfter;
        this.fallbackPace = fallbackPace;
    }

    /** The mean call-to-photo time of the latest photos, or the fallback while there are too few. */
    public Duration pace() {
        List<Duration> latest = Stream.concat(booked.stream(), walkIns.stream())
                .filter(p -> p.calledAt() != null && p.photographedAt() != null)
                .sorted(Comparator.comparing(Person::photographedAt, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .limit(PACE_SAMPLE)
                .map(p -> Duration.between(p.calledAt(), p.photographedAt()))
                .toList();
        if (latest.size() < PACE_TRUSTED_FROM) {
            return fallbackPace;
        }
        Duration mean = latest.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(latest.size());
        return mean.compareTo(Duration.ofSeconds(30)) < 0 ? Duration.ofSeconds(30) : mean;
    }

    /** Who is being photographed, who comes next and when, as things stand at {@code now}. */
    public Plan plan(Instant now) {
        Duration pace = pace();
        Person current = Stream.concat(booked.stream().filter(b -> b.noShowAt() == null),
                        walkIns.stream().filter(w -> w.goneAt() == null))
                .filter(p -> p.calledAt() != null && p.photographedAt() == null)
                .min(Comparator.comparing(Person::calledAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        List<Booked> notHere = booked.stream().filter(b -> b.photographedAt() == null && b.calledAt() == null
                && (b.noShowAt() != null || b.checkedInAt() == null && freedAt(b, now))).toList();
        List<Booked> waitingBooked = new ArrayList<>(booked.stream()
                .filter(b -> b.calledAt() == null && b.photographedAt() == null && !notHere.contains(b)).toList());
        List<WalkIn> waitingWalkIns = new ArrayList<>(walkIns.stream()
                .filter(w -> w.calledAt() == null && w.goneAt() == null && w.photographedAt() == null)
                .sorted(Comparator.comparingInt(WalkIn::number)).toList());
        int walkInsCalled = (int) walkIns.stream().filter(w -> w.calledAt() != null).count();
        List<Booked> calledInPlan = new ArrayList<>();
        List<Turn> ahead = new ArrayList<>();
        Instant t = now;
        if (current != null && current.calledAt() != null && current.calledAt().plus(pace).isAfter(t)) {
            t = current.calledAt().plus(pace);
        }
        while (!waitingBooked.isEmpty() || !waitingWalkIns.isEmpty()) {
            Instant at = t;
            boolean future = at.isAfter(now);
            waitingBooked.removeIf(b -> b.checkedInAt() == null && freedAt(b, at));
            Optional<Booked> due = waitingBooked.stream()
                    .filter(b -> (b.checkedInAt() != null || future) && !b.slotStartsAt().isAfter(at))
                    .min(BY_SLOT);
            Person chosen = null;
            if (due.isPresent()) {
                chosen = due.get();
            } else if (!waitingWalkIns.isEmpty() && (freePlaces(at, calledInPlan, walkInsCalled) > 0
                    || noBookedBefore(waitingBooked, at.plus(pace)))) {
                chosen = waitingWalkIns.getFirst();
                walkInsCalled++;
            } else if (waitingWalkIns.isEmpty()) {
                chosen = waitingBooked.stream().filter(b -> b.checkedInAt() != null).min(BY_SLOT).orElse(null);
            }
            if (chosen != null) {
                ahead.add(new Turn(chosen, at));
                if (chosen instanceof Booked b) {
                    waitingBooked.remove(b);
                    calledInPlan.add(b);
                } else {
                    waitingWalkIns.removeFirst();
                }
                t = at.plus(pace);
                continue;
            }
            Optional<Instant> later = nextMoment(at, waitingBooked);
            if (later.isEmpty()) {
                break;
            }
            t = later.get();
        }
        return new Plan(current, List.copyOf(ahead), notHere, pace);
    }

    private static final Comparator<Booked> BY_SLOT = Comparator.comparing(Booked::slotStartsAt)
            .thenComparing(Booked::checkedInAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Booked::id);

    private boolean freedAt(Booked b, Instant at) {
        return !at.isBefore(b.slotStartsAt().plus(noShowAfter));
    }

    /**
     * Places of the slots begun by {@code at} that no booked person uses (unbooked, or freed) and no walk-in has
     * taken yet.
     */
    private int freePlaces(Instant at, List<Booked> calledInPlan, int walkInsCalled) {
        int begun = places.stream().filter(p -> !p.startsAt().isAfter(at)).mapToInt(Place::capacity).sum();
        long used = booked.stream().filter(b -> !b.slotStartsAt().isAfter(at))
                .filter(b -> b.photographedAt() != null || calledInPlan.contains(b)
                        || b.noShowAt() == null && (b.calledAt() != null || b.checkedInAt() != null || !freedAt(b, at)))
                .count();
        return (int) (begun - used - walkInsCalled);
    }

    private static boolean noBookedBefore(List<Booked> waitingBooked, Instant doneAt) {
        return waitingBooked.stream().noneMatch(b -> b.slotStartsAt().isBefore(doneAt));
    }

    /** When something can change without anyone doing anything: a slot begins, or a booked place is freed. */
    private Optional<Instant> nextMoment(Instant at, List<Booked> waitingBooked) {
        return Stream.concat(places.stream().map(Place::startsAt),
                        waitingBooked.stream().flatMap(b -> b.checkedInAt() == null
                                ? Stream.of(b.slotStartsAt(), b.slotStartsAt().plus(noShowAfter))
                                : Stream.of(b.slotStartsAt())))
                .filter(moment -> moment.isAfter(at))
                .min(Comparator.naturalOrder());
    }
}
