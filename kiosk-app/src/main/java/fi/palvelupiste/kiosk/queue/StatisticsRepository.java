package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Repository
class StatisticsRepository {

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Computes a queue's day from its tickets (the tickets are still there). */
    DailyStatistics compute(ServiceQueue queue, LocalDate day, ZoneId zone) {
        record Row(String status, boolean priority, OffsetDateTime created, OffsetDateTime called,
                   OffsetDateTime finished) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT status, priority, created_at, called_at, finished_at FROM ticket
                WHERE queue_id = :queueId AND service_day = :day""")
                .param("queueId", queue.id()).param("day", day)
                .query((rs, n) -> new Row(rs.getString("status"), rs.getBoolean("priority"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("called_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class)))
                .list();
        int[] perHour = new int[24];
        List<Long> waits = new ArrayList<>();
        List<Long> services = new ArrayList<>();
        for (Row row : rows) {
            perHour[row.created().atZoneSameInstant(zone).getHour()]++;
            if (row.called() != null) {
                waits.add(Duration.between(row.created(), row.called()).toSeconds());
            }
            if ("SERVED".equals(row.status()) && row.called() != null && row.finished() != null) {
                services.add(Duration.between(row.called(), row.finished()).toSeconds());
            }
        }
        return new DailyStatistics(day, queue.prefix(), queue.name().in(Language.FI), rows.size(),
                (int) rows.stream().filter(r -> "SERVED".equals(r.status())).count(),
                (int) rows.stream().filter(r -> "NO_SHOW".equals(r.status())).count(),
                (int) rows.stream().filter(Row::priority).count(),
                average(waits), average(services), Arrays.stream(perHour).boxed().toList());
    }

    /** Stores a queue's day; a day counted again keeps its public id, so the hub replaces its copy. */
    UUID save(long queueId, DailyStatistics stats) {
        UUID publicId = jdbc.sql(
                        "SELECT public_id FROM queue_day_stats WHERE queue_id = :queueId AND service_day = :day")
                .param("queueId", queueId).param("day", stats.day()).query(UUID.class).optional()
                .orElseGet(UUID::randomUUID);
        jdbc.sql("DELETE FROM queue_day_stats WHERE queue_id = :queueId AND service_day = :day")
                .param("queueId", queueId).param("day", stats.day()).update();
        jdbc.sql("""
                INSERT INTO queue_day_stats (queue_id, service_day, tickets, served, no_shows, priority_tickets,
                                             avg_wait_seconds, avg_service_seconds, tickets_per_hour, public_id)
                VALUES (:queueId, :day, :tickets, :served, :noShows, :priority, :wait, :service, :perHour,
                        :publicId)""")
                .param("queueId", queueId).param("day", stats.day()).param("tickets", stats.tickets())
                .param("served", stats.served()).param("noShows", stats.noShows())
                .param("priority", stats.priorityTickets()).param("wait", stats.averageWaitSeconds())
                .param("service", stats.averageServiceSeconds())
                .param("perHour", perHour(stats)).param("publicId", publicId)
                .update();
        return publicId;
    }

    /** A kept day by its public id. */
    Optional<DailyStatistics> storedDay(UUID publicId) {
        return jdbc.sql("""
                SELECT s.*, q.prefix, q.name_fi FROM queue_day_stats s JOIN service_queue q ON q.id = s.queue_id
                WHERE s.public_id = :publicId""")
                .param("publicId", publicId).query(StatisticsRepository::map).optional();
    }

    /** Every kept day's public id, oldest day first. */
    List<UUID> storedDays() {
        return jdbc.sql("SELECT public_id FROM queue_day_stats ORDER BY service_day, queue_id").query(UUID.class)
                .list();
    }

    // ---- the hub's copies of its sites' days

    void storeSiteDay(QueueDayRecord record, boolean held) {
        DailyStatistics stats = record.stats();
        jdbc.sql(held ? """
                UPDATE site_queue_day SET service_day = :day, queue_prefix = :prefix, queue_name = :name,
                    tickets = :tickets, served = :served, no_shows = :noShows, priority_tickets = :priority,
                    avg_wait_seconds = :wait, avg_service_seconds = :service, tickets_per_hour = :perHour,
                    sync_version = :version
                WHERE public_id = :publicId""" : """
                INSERT INTO site_queue_day (public_id, site_id, service_day, queue_prefix, queue_name, tickets, served,
                    no_shows, priority_tickets, avg_wait_seconds, avg_service_seconds, tickets_per_hour, sync_version)
                VALUES (:publicId, :site, :day, :prefix, :name, :tickets, :served, :noShows, :priority, :wait,
                    :service, :perHour, :version)""")
                .param("publicId", record.publicId()).param("site", record.siteId()).param("day", stats.day())
                .param("prefix", stats.queuePrefix()).param("name", stats.queueName())
                .param("tickets", stats.tickets()).param("served", stats.served()).param("noShows", stats.noShows())
                .param("priority", stats.priorityTickets()).param("wait", stats.averageWaitSeconds())
                .param("service", stats.averageServiceSeconds()).param("perHour", perHour(stats))
                .param("version", record.version()).update();
    }

    /** Every site's days from {@code from} to {@code to}, by site, day and service. */
    List<QueueDayRecord> siteDays(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT public_id, site_id, service_day, queue_prefix AS prefix, queue_name AS name_fi, tickets, served,
                    no_shows, priority_tickets, avg_wait_seconds, avg_service_seconds, tickets_per_hour, sync_version
                FROM site_queue_day WHERE service_day BETWEEN :from AND :to
                ORDER BY site_id, service_day, queue_prefix, queue_name""")
                .param("from", from).param("to", to)
                .query((rs, row) -> new QueueDayRecord(rs.getObject("public_id", UUID.class), rs.getString("site_id"),
                        map(rs, row), rs.getLong("sync_version")))
                .list();
    }

    private static String perHour(DailyStatistics stats) {
        return stats.ticketsPerHour().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    List<DailyStatistics> stored(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT s.*, q.prefix, q.name_fi FROM queue_day_stats s JOIN service_queue q ON q.id = s.queue_id
                WHERE s.service_day BETWEEN :from AND :to ORDER BY s.service_day, q.sort_order, q.prefix""")
                .param("from", from).param("to", to).query(StatisticsRepository::map).list();
    }

    /** Past days that have tickets but no statistics row yet. */
    List<LocalDate> daysWithoutStatistics(LocalDate before) {
        return jdbc.sql("""
                SELECT DISTINCT t.service_day FROM ticket t
                WHERE t.service_day < :before AND NOT EXISTS (
                    SELECT 1 FROM queue_day_stats s WHERE s.queue_id = t.queue_id AND s.service_day = t.service_day)
                ORDER BY t.service_day""")
                .param("before", before).query(LocalDate.class).list();
    }

    /** Deletes tickets of days before the given one, with their print jobs. */
    int deleteTicketsBefore(LocalDate day) {
        List<Long> printJobs = jdbc.sql("SELECT print_job_id FROM ticket WHERE service_day < :day AND print_job_id IS NOT NULL")
                .param("day", day).query(Long.class).list();
        int tickets = jdbc.sql("DELETE FROM ticket WHERE service_day < :day").param("day", day).update();
        for (int from = 0; from < printJobs.size(); from += 500) {
            jdbc.sql("DELETE FROM print_job WHERE id IN (:ids)")
                    .param("ids", printJobs.subList(from, Math.min(printJobs.size(), from + 500))).update();
        }
        return tickets;
    }

    private static Integer average(List<Long> seconds) {
        return seconds.isEmpty() ? null : (int) Math.round(seconds.stream().mapToLong(Long::longValue).average().orElseThrow());
    }

    private static DailyStatistics map(ResultSet rs, int row) throws SQLException {
        return new DailyStatistics(
                rs.getObject("service_day", LocalDate.class),
                rs.getString("prefix"),
                rs.getString("name_fi"),
                rs.getInt("tickets"),
                rs.getInt("served"),
                rs.getInt("no_shows"),
                rs.getInt("priority_tickets"),
                rs.getObject("avg_wait_seconds", Integer.class),
                rs.getObject("avg_service_seconds", Integer.class),
                Arrays.stream(rs.getString("tickets_per_hour").split(",")).map(Integer::valueOf).toList());
    }
}
