package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.sync.CountsUp;

import java.util.UUID;

/**
 * A kiosk's count of one queue's day as it goes up to the hub, and the hub's copy of it: no personal data.
 *
 * @param version the kiosk's outbox number of this count: the hub keeps the highest it has seen
 */
public record QueueDayRecord(UUID publicId, String siteId, DailyStatistics stats, long version)
        implements CountsUp.Count {
}
