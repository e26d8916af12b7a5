package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.forms.FormPrintSync;
import fi.palvelupiste.kiosk.forms.FormPrintsRecord;
import fi.palvelupiste.kiosk.queue.DailyStatistics;
import fi.palvelupiste.kiosk.queue.QueueDaySync;
import fi.palvelupiste.kiosk.queue.QueueStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * On the hub: every site's queue days and form prints as their kiosks sent them, for coordinators' reports to the
 * funders. Counts only, no personal data: every coordinator sees every site, and reading is not audited.
 */
@HubOnly
@Service
public class HubStatistics {

    /** A queue's day at a site. */
    public record SiteDay(Site site, DailyStatistics day) {
    }

    /**
     * A site's queue days added up.
     *
     * @param averageWaitSeconds the days' average waits weighted by their called tickets; null when nobody was called
     */
    public record SiteTotals(Site site, int days, int tickets, int served, int noShows,
                             @Nullable Integer averageWaitSeconds) {

        /** Share of called tickets whose person did not come, 0–1 (as a day's). */
        public double noShowRate() {
            int called = served + noShows;
            return called == 0 ? 0 : (double) noShows / called;
        }
    }

    /** A form's prints at a site in one language, over the days asked for. */
    public record SiteFormPrints(Site site, UUID form, String title, String language, int prints) {
    }

    private final QueueDaySync queueDays;
    private final FormPrintSync formPrints;
    private final HubSites sites;

    HubStatistics(QueueDaySync queueDays, FormPrintSync formPrints, HubSites sites) {
        this.queueDays = queueDays;
        this.formPrints = formPrints;
        this.sites = sites;
    }

    /** Every site's queue days from {@code from} to {@code to}, by site (name), day and service. */
    @Transactional(readOnly = true)
    public List<SiteDay> queueDays(LocalDate from, LocalDate to) {
        Map<String, Site> byId = sitesById();
        return queueDays.siteDays(from, to).stream()
                .map(record -> new SiteDay(byId.get(record.siteId()), record.stats()))
                .sorted(Comparator.comparing((SiteDay row) -> row.site().name())
                        .thenComparing(row -> row.site().id())
                        .thenComparing(row -> row.day().day())
                        .thenComparing(row -> row.day().queuePrefix()))
                .toList();
    }

    /** The days added up per site, in the days' order. */
    public List<SiteTotals> totals(List<SiteDay> days) {
        Map<Site, List<DailyStatistics>> perSite = days.stream().collect(Collectors.groupingBy(SiteDay::site,
                LinkedHashMap::new, Collectors.mapping(SiteDay::day, Collectors.toList())));
        List<SiteTotals> totals = new ArrayList<>();
        perSite.forEach((site, ofSite) -> {
            long waited = 0;
            int weighed = 0;
            for (DailyStatistics day : ofSite) {
                if (day.averageWaitSeconds() != null) {
                    // the tickets a day's average wait was taken over: those called
                    int called = Math.max(1, day.served() + day.noShows());
                    waited += (long) day.averageWaitSeconds() * called;
                    weighed += called;
                }
            }
            totals.add(new SiteTotals(site, (int) ofSite.stream().map(DailyStatistics::day).distinct().count(),
                    ofSite.stream().mapToInt(DailyStatistics::tickets).sum(),
                    ofSite.stream().mapToInt(DailyStatistics::served).sum(),
                    ofSite.stream().mapToInt(DailyStatistics::noShows).sum(),
                    weighed == 0 ? null : (int) Math.round((double) waited / weighed)));
        });
        return totals;
    }

    /** Prints per site, form and language from {@code from} to {@code to}; a form's title as last sent. */
    @Transactional(readOnly = true)
    public List<SiteFormPrints> formPrints(LocalDate from, LocalDate to) {
        Map<String, Site> byId = sitesById();
        record Key(String site, UUID form, String language) {
        }
        Map<Key, List<FormPrintsRecord>> grouped = formPrints.sitePrints(from, to).stream().collect(
                Collectors.groupingBy(r -> new Key(r.siteId(), r.form(), r.count().language()), LinkedHashMap::new,
                        Collectors.toList()));
        List<SiteFormPrints> rows = new ArrayList<>();
        grouped.forEach((key, counts) -> rows.add(new SiteFormPrints(byId.get(key.site()), key.form(),
                counts.getLast().count().title(), key.language(),
                counts.stream().mapToInt(r -> r.count().prints()).sum())));
        rows.sort(Comparator.comparing((SiteFormPrints row) -> row.site().name()).thenComparing(row -> row.site().id())
                .thenComparing(SiteFormPrints::title).thenComparing(SiteFormPrints::language));
        return rows;
    }

    /** The queue days as CSV that opens in Excel as it is, with each day's site and municipality first. */
    public byte[] csv(List<SiteDay> days) {
        return QueueStatistics.csv(days, SiteDay::day, List.of("Toimipiste", "Kunta"),
                row -> List.of(row.site().name(), row.site().municipality()));
    }

    private Map<String, Site> sitesById() {
        return sites.sites().stream().collect(Collectors.toMap(Site::id, Function.identity()));
    }
}
