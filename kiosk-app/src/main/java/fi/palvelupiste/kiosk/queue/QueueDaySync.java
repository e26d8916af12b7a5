package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.sync.CountsUp;
import fi.palvelupiste.kiosk.sync.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queue day statistics going up to the hub ({@link CountsUp}): a day goes up whenever the nightly round counts it, and
 * a recount replaces the hub's copy. On the hub: every site's days, for the coordinators' statistics page.
 */
@Service
public class QueueDaySync extends CountsUp<QueueDayRecord> {

    /** The outbox's name for a queue's day. */
    static final String OUTBOX_KIND = "QUEUE_DAY";

    private final StatisticsRepository statistics;

    QueueDaySync(StatisticsRepository statistics, JdbcClient jdbc, Outbox outbox, SiteIdentity site, Clock clock) {
        super(OUTBOX_KIND, "site_queue_day", jdbc, outbox, site, clock);
        this.statistics = statistics;
    }

    @Override
    protected List<UUID> kept() {
        return statistics.storedDays();
    }

    @Override
    protected Optional<QueueDayRecord> current(UUID publicId, String siteId, long version) {
        return statistics.storedDay(publicId).map(day -> new QueueDayRecord(publicId, siteId, day, version));
    }

    /** JSON may leave out any part: a day as a kiosk counts it, or nothing of the request is stored. */
    @Override
    protected boolean fits(QueueDayRecord record) {
        DailyStatistics day = record.stats();
        return day != null && day.day() != null && day.queuePrefix() != null && day.queueName() != null
                && day.ticketsPerHour() != null && day.ticketsPerHour().size() == 24
                && day.ticketsPerHour().stream().allMatch(count -> count != null && count >= 0)
                && day.tickets() >= 0 && day.served() >= 0 && day.noShows() >= 0 && day.priorityTickets() >= 0
                && (day.averageWaitSeconds() == null || day.averageWaitSeconds() >= 0)
                && (day.averageServiceSeconds() == null || day.averageServiceSeconds() >= 0);
    }

    @Override
    protected void keep(QueueDayRecord record, boolean replace) {
        statistics.storeSiteDay(record, replace);
    }

    /** On the hub: every site's days from {@code from} to {@code to}, as their kiosks last counted them. */
    @Transactional(readOnly = true)
    public List<QueueDayRecord> siteDays(LocalDate from, LocalDate to) {
        return statistics.siteDays(from, to);
    }
}
