package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.queue.DailyStatistics;
import fi.palvelupiste.kiosk.ride.StopTally;
import fi.palvelupiste.kiosk.signup.AttendanceCount;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * The funders' report of one campaign round: its figures per day and municipality, per municipality (with the share
 * of its residents photographed), in all; bus passengers per village, languages used, and the digital-support
 * queues of the same days. Counts only, no personal data. Pure: built from counts by {@link Builder}.
 *
 * @param lastRound the round this one was copied from, in all; null for a first round
 */
public record CampaignReport(Campaign campaign, List<DayFigures> days, List<MunicipalityFigures> municipalities,
                             Figures total, List<VillageFigures> villages, List<LanguageFigures> languages,
                             List<QueueDay> queueDays, @Nullable Figures lastRound) {

    /** The figures of one day in one municipality. */
    public record DayFigures(LocalDate day, String municipality, Figures figures) {
    }

    /**
     * A municipality's figures over the round.
     *
     * @param residents the municipality's population as entered on the campaigns page; null when not entered
     */
    public record MunicipalityFigures(String municipality, Figures figures, @Nullable Integer residents) {

        /** People photographed per hundred residents, or null without a population. */
        public @Nullable Double sharePercent() {
            return residents == null ? null : 100.0 * figures.photographed() / residents;
        }
    }

    /** The rides' confirmed bookings from one village (stop), over the round. */
    public record VillageFigures(String village, int bookings, int travellers, int boarded, int noShows, int walkOns,
                                 int wheelchairPlaces) {

        VillageFigures plus(VillageFigures o) {
            return new VillageFigures(village, bookings + o.bookings, travellers + o.travellers, boarded + o.boarded,
                    noShows + o.noShows, walkOns + o.walkOns, wheelchairPlaces + o.wheelchairPlaces);
        }
    }

    /**
     * A language used at the kiosk: by people with a place and walk-ins, and by people booked on the rides.
     *
     * @param language its code; '' for counts kept before languages were
     */
    public record LanguageFigures(String language, int people, int busTravellers) {

        LanguageFigures plus(LanguageFigures o) {
            return new LanguageFigures(language, people + o.people, busTravellers + o.busTravellers);
        }
    }

    /**
     * A digital-support queue's day on one of the round's days.
     *
     * @param place the site's name on the hub; '' on a kiosk, which is one site
     */
    public record QueueDay(String place, DailyStatistics statistics) {
    }

    /** Every day of the round that had an event or a ride, in order: the days the queues are reported for. */
    public List<LocalDate> dates() {
        return days.stream().map(DayFigures::day).distinct().sorted().toList();
    }

    /** Adds up counts as the reader finds them, event by event and ride by ride. */
    public static final class Builder {

        private record Key(LocalDate day, String municipality) {
        }

        private final Map<Key, Figures> days = new TreeMap<>(
                Comparator.comparing(Key::day).thenComparing(Key::municipality));
        private final Map<String, VillageFigures> villages = new TreeMap<>();
        private final Map<String, LanguageFigures> languages = new TreeMap<>();

        /** An event's sign-ups and its photo day's walk-in numbers. */
        public Builder event(LocalDate day, String municipality, List<AttendanceCount> counts) {
            Figures figures = Figures.NONE;
            for (AttendanceCount count : counts) {
                switch (count.status()) {
                    case "CONFIRMED" -> figures = figures.plus(new Figures(count.people(), 0, count.checkedIn(),
                            count.photographed(), count.helped(), count.noShows(), 0, 0, 0, 0, 0, 0, 0));
                    case "WAITLISTED" -> figures = figures.plus(new Figures(0, count.people(), 0, 0, 0, 0, 0, 0, 0,
                            0, 0, 0, 0));
                    case AttendanceCount.WALK_IN -> figures = figures.plus(new Figures(0, 0, 0, count.photographed(),
                            count.helped(), 0, count.people(), 0, 0, 0, 0, 0, 0));
                    default -> {
                        continue;
                    }
                }
                add(languages, count.language(), new LanguageFigures(count.language(), count.people(), 0),
                        LanguageFigures::plus);
            }
            add(days, new Key(day, municipality), figures, Figures::plus);
            return this;
        }

        /** A ride's confirmed bookings per stop and language. */
        public Builder ride(LocalDate day, String municipality, List<StopTally> tallies) {
            Figures figures = Figures.NONE;
            for (StopTally stop : tallies) {
                figures = figures.plus(new Figures(0, 0, 0, 0, 0, 0, 0, stop.bookings(), stop.travellers(),
                        stop.boarded(), stop.noShows(), stop.walkOns(), stop.wheelchair()));
                add(villages, stop.village(), new VillageFigures(stop.village(), stop.bookings(), stop.travellers(),
                        stop.boarded(), stop.noShows(), stop.walkOns(), stop.wheelchair()), VillageFigures::plus);
                add(languages, stop.language(), new LanguageFigures(stop.language(), 0, stop.travellers()),
                        LanguageFigures::plus);
            }
            add(days, new Key(day, municipality), figures, Figures::plus);
            return this;
        }

        /**
         * @param residents  each municipality's population as entered (a municipality missing has none)
         * @param queueDays  the digital-support queues' days, of the round's days only
         * @param lastRound  the round copied from, in all, or null
         */
        public CampaignReport build(Campaign campaign, Map<String, Integer> residents, List<QueueDay> queueDays,
                                    @Nullable Figures lastRound) {
            List<DayFigures> dayRows = new ArrayList<>();
            Map<String, Figures> perMunicipality = new TreeMap<>();
            days.forEach((key, figures) -> {
                dayRows.add(new DayFigures(key.day(), key.municipality(), figures));
                add(perMunicipality, key.municipality(), figures, Figures::plus);
            });
            List<MunicipalityFigures> municipalities = new ArrayList<>();
            perMunicipality.forEach((name, figures) -> municipalities.add(
                    new MunicipalityFigures(name, figures, residents.get(name))));
            Figures total = perMunicipality.values().stream().reduce(Figures.NONE, Figures::plus);
            List<LanguageFigures> byUse = new ArrayList<>(languages.values());
            byUse.sort(Comparator.comparingInt((LanguageFigures l) -> l.people() + l.busTravellers()).reversed()
                    .thenComparing(LanguageFigures::language));
            return new CampaignReport(campaign, List.copyOf(dayRows), List.copyOf(municipalities), total,
                    List.copyOf(villages.values()), List.copyOf(byUse), List.copyOf(queueDays), lastRound);
        }

        private static <K, V> void add(Map<K, V> sums, K key, V value, BinaryOperator<V> plus) {
            sums.merge(key, value, plus);
        }
    }
}
