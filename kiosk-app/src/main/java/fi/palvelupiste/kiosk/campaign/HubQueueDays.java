package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.hub.HubStatistics;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** On the hub: the queue days the sites of the round's municipalities sent up (site_queue_day). */
@HubOnly
@Component
class HubQueueDays implements SupportQueueDays {

    private final HubStatistics statistics;

    HubQueueDays(HubStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public List<CampaignReport.QueueDay> on(Collection<LocalDate> days, Collection<String> municipalities) {
        if (days.isEmpty()) {
            return List.of();
        }
        // typed by different people on different pages: "Kuopio" and "kuopio " are one municipality
        Set<String> wanted = municipalities.stream().map(HubQueueDays::plain).collect(Collectors.toSet());
        return statistics.queueDays(Collections.min(days), Collections.max(days)).stream()
                .filter(row -> days.contains(row.day().day()) && wanted.contains(plain(row.site().municipality())))
                .map(row -> new CampaignReport.QueueDay(row.site().name(), row.day())).toList();
    }

    private static String plain(String municipality) {
        return municipality.strip().toLowerCase(Locale.ROOT);
    }
}
