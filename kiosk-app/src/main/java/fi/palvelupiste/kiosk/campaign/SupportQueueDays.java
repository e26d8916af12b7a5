package fi.palvelupiste.kiosk.campaign;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The digital-support queues' days for the funders' report: a kiosk's own queues, or on the hub the days every site
 * of the round's municipalities sent up.
 */
interface SupportQueueDays {

    /** The queues' statistics on {@code days}, of the sites in {@code municipalities} where there are several sites. */
    List<CampaignReport.QueueDay> on(Collection<LocalDate> days, Collection<String> municipalities);
}
