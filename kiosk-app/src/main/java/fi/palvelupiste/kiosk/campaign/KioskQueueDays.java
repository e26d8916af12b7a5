package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.queue.QueueStatistics;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** On a kiosk: its own queues' days (a kiosk is one site, in the round's municipality). */
@KioskOnly
@Component
class KioskQueueDays implements SupportQueueDays {

    private final QueueStatistics statistics;

    KioskQueueDays(QueueStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public List<CampaignReport.QueueDay> on(Collection<LocalDate> days, Collection<String> municipalities) {
        if (days.isEmpty()) {
            return List.of();
        }
        return statistics.days(Collections.min(days), Collections.max(days)).stream()
                .filter(day -> days.contains(day.day()))
                .map(day -> new CampaignReport.QueueDay("", day)).toList();
    }
}
