package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.export.SpreadsheetCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Daily queue statistics without personal data: tickets per service, average wait and service time, no-show
 * rate, tickets per hour. Each night the past days are summed up and tickets older than the retention period are
 * deleted; the sums stay. Today is always computed live.
 */
@Service
public class QueueStatistics {

    private static final Logger log = LoggerFactory.getLogger(QueueStatistics.class);

    private final StatisticsRepository statistics;
    private final QueueDaySync hub;
    private final ServiceQueueRepository queues;
    private final KioskProperties properties;
    private final Clock clock;

    QueueStatistics(StatisticsRepository statistics, QueueDaySync hub, ServiceQueueRepository queues,
                    KioskProperties properties, Clock clock) {
        this.statistics = statistics;
        this.hub = hub;
        this.queues = queues;
        this.properties = properties;
        this.clock = clock;
    }

    /** Days from {@code from} to {@code to}, each queue on its own row; today live, earlier days as kept. */
    public List<DailyStatistics> days(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<DailyStatistics> days = new ArrayList<>(statistics.stored(from, to.isBefore(today) ? to : today.minusDays(1)));
        if (!today.isBefore(from) && !today.isAfter(to)) {
            for (ServiceQueue queue : queues.findAll()) {
                DailyStatistics live = statistics.compute(queue, today, clock.getZone());
                if (live.tickets() > 0) {
                    days.add(live);
                }
            }
        }
        return days;
    }

    /**
     * The nightly round: sums up the past days and deletes the tickets past their retention. A kiosk that was off
     * at night catches up soon after start-up ({@link StatisticsCatchUp}). A linked kiosk's days go up to the hub.
     */
    @Scheduled(cron = "0 5 0 * * *")
    @Transactional
    public void closePastDays() {
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day : statistics.daysWithoutStatistics(today)) {
            for (ServiceQueue queue : queues.findAll()) {
                DailyStatistics stats = statistics.compute(queue, day, clock.getZone());
                if (stats.tickets() > 0) {
                    hub.changed(statistics.save(queue.id(), stats));
                }
            }
        }
        int deleted = statistics.deleteTicketsBefore(today.minusDays(properties.queue().retentionDays()));
        if (deleted > 0) {
            log.info("Deleted {} queue tickets older than {} days; their daily statistics are kept", deleted,
                    properties.queue().retentionDays());
        }
    }

    /**
     * The days as CSV that opens in Excel as it is ({@link SpreadsheetCsv#figures()}): numbers with a decimal comma,
     * quoted only where a cell must be, so that a spreadsheet reads them as numbers.
     */
    public byte[] csv(List<DailyStatistics> days) {
        return csv(days, day -> day, List.of(), day -> List.of());
    }

    /**
     * Rows that each hold a day (the hub's: a site's day) as CSV, as {@link #csv(List)}, with the cells of
     * {@code before} first, under {@code headings}.
     */
    public static <R> byte[] csv(List<R> rows, Function<R, DailyStatistics> dayOf, List<String> headings,
                                 Function<R, List<String>> before) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(headings);
        header.addAll(List.of("Päivä", "Palvelu", "Tunnus", "Vuoronumeroita", "Palveltu",
                "Ei saapunut", "Ei saapunut %", "Etusija", "Keskim. odotus min", "Keskim. palvelu min"));
        IntStream.range(0, 24).forEach(hour -> header.add("klo " + hour));
        lines.add(header);
        for (R row : rows) {
            DailyStatistics day = dayOf.apply(row);
            List<String> line = new ArrayList<>(before.apply(row));
            line.addAll(List.of(day.day().toString(), day.queueName(), day.queuePrefix(),
                    String.valueOf(day.tickets()), String.valueOf(day.served()), String.valueOf(day.noShows()),
                    decimal(day.noShowRate() * 100), String.valueOf(day.priorityTickets()),
                    minutes(day.averageWaitSeconds()), minutes(day.averageServiceSeconds())));
            day.ticketsPerHour().forEach(count -> line.add(String.valueOf(count)));
            lines.add(line);
        }
        return SpreadsheetCsv.figures().write(lines);
    }

    private static String minutes(Integer seconds) {
        return seconds == null ? "" : decimal(seconds / 60.0);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    /** Tickets taken in each hour of the given days, summed: for the busiest-hours chart. */
    public List<Integer> ticketsPerHour(List<DailyStatistics> days) {
        return IntStream.range(0, 24)
                .mapToObj(hour -> days.stream().mapToInt(day -> day.ticketsPerHour().get(hour)).sum())
                .collect(Collectors.toList());
    }
}
