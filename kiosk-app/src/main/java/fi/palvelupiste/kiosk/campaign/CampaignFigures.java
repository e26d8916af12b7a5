package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.export.SpreadsheetCsv;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.queue.DailyStatistics;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideBoarding;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Reads a campaign round's figures for the funders: each event's and ride's counts from its live rows while the
 * personal data is kept and from the kept counts after the purge (the same sums, so a figure stays the same), and the
 * digital-support queues of the same days. The same tables on a kiosk and on the hub; counts only, not audited.
 */
@Service
public class CampaignFigures {

    private final CampaignRepository campaigns;
    private final EventPlanning events;
    private final PhotoDays photoDays;
    private final RidePlanning rides;
    private final RideBoarding boarding;
    private final SupportQueueDays queues;

    CampaignFigures(CampaignRepository campaigns, EventPlanning events, PhotoDays photoDays, RidePlanning rides,
                    RideBoarding boarding, SupportQueueDays queues) {
        this.campaigns = campaigns;
        this.events = events;
        this.photoDays = photoDays;
        this.rides = rides;
        this.boarding = boarding;
        this.queues = queues;
    }

    /** The round's report, with the round it was copied from in all; empty when there is no such campaign. */
    @Transactional(readOnly = true)
    public Optional<CampaignReport> report(long campaignId) {
        return campaigns.find(campaignId).map(campaign -> {
            Figures lastRound = campaign.copiedFrom() == null ? null
                    : campaigns.find(campaign.copiedFrom()).map(last -> counted(last).build(last, Map.of(), List.of(), null).total())
                    .orElse(null);
            CampaignReport.Builder counted = counted(campaign);
            CampaignReport draft = counted.build(campaign, Map.of(), List.of(), null);
            List<String> municipalities = draft.municipalities().stream()
                    .map(CampaignReport.MunicipalityFigures::municipality).toList();
            Map<String, Integer> residents = new HashMap<>();
            municipalities.forEach(name -> campaigns.population(name).ifPresent(n -> residents.put(name, n)));
            return counted.build(campaign, residents, queues.on(draft.dates(), municipalities), lastRound);
        });
    }

    /** The events (sign-ups and walk-ins) and rides of the round, drafts aside: a draft has not been held. */
    private CampaignReport.Builder counted(Campaign campaign) {
        CampaignReport.Builder builder = new CampaignReport.Builder();
        campaigns.events(campaign.id()).forEach((id, draft) -> {
            if (!draft) {
                events.event(id).ifPresent(event -> builder.event(event.date(), municipality(event.municipality(), campaign),
                        Stream.concat(events.attendance(event).stream(), photoDays.walkInCounts(event).stream()).toList()));
            }
        });
        campaigns.rides(campaign.id()).forEach((id, draft) -> {
            if (!draft) {
                rides.ride(id).ifPresent(ride -> builder.ride(ride.date(), municipality(rideMunicipality(ride), campaign),
                        boarding.tallies(ride)));
            }
        });
        return builder;
    }

    private String rideMunicipality(Ride ride) {
        return ride.eventId() == null ? "" : events.event(ride.eventId()).map(SignupEvent::municipality).orElse("");
    }

    /** An event without a municipality of its own is in the campaign's. */
    private static String municipality(String own, Campaign campaign) {
        return own.isBlank() ? campaign.municipality().strip() : own.strip();
    }

    /**
     * The report as CSV (one way for every CSV: {@link SpreadsheetCsv#figures()}): the figures per day and
     * municipality, per municipality and in all; then the villages, the languages and the queues, each under its own
     * heading row. {@code text} gives a staff text by its key, in the coordinator's language.
     */
    public byte[] csv(CampaignReport report, UnaryOperator<String> text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(text.apply("report.day"), text.apply("report.municipality")));
        Figures.NONE.named().forEach(figure -> header.add(text.apply("report.figure." + figure.key())));
        header.addAll(List.of(text.apply("report.residents"), text.apply("report.share")));
        rows.add(header);
        report.days().forEach(day -> rows.add(figureRow(day.day().toString(), day.municipality(), day.figures(), null)));
        report.municipalities().forEach(m -> rows.add(figureRow(text.apply("report.all-days"), m.municipality(),
                m.figures(), m)));
        rows.add(figureRow(text.apply("report.all-days"), text.apply("report.all-municipalities"), report.total(), null));
        if (report.lastRound() != null) {
            rows.add(figureRow(text.apply("report.last-round"), "", report.lastRound(), null));
        }
        rows.add(List.of());
        rows.add(List.of(text.apply("report.village"), text.apply("report.figure.bus-bookings"),
                text.apply("report.figure.bus-travellers"), text.apply("report.figure.bus-boarded"),
                text.apply("report.figure.bus-no-shows"), text.apply("report.figure.bus-walk-ons"),
                text.apply("report.figure.wheelchair-places")));
        report.villages().forEach(v -> rows.add(List.of(v.village(), n(v.bookings()), n(v.travellers()),
                n(v.boarded()), n(v.noShows()), n(v.walkOns()), n(v.wheelchairPlaces()))));
        rows.add(List.of());
        rows.add(List.of(text.apply("report.language"), text.apply("report.language.people"),
                text.apply("report.figure.bus-travellers")));
        report.languages().forEach(l -> rows.add(List.of(l.language().isEmpty() ? text.apply("report.language.unknown")
                : l.language(), n(l.people()), n(l.busTravellers()))));
        rows.add(List.of());
        rows.add(List.of(text.apply("report.day"), text.apply("report.place"), text.apply("report.queue"),
                text.apply("report.queue.tickets"), text.apply("report.queue.served"),
                text.apply("report.queue.no-shows"), text.apply("report.queue.wait")));
        report.queueDays().forEach(q -> rows.add(queueRow(q)));
        return SpreadsheetCsv.figures().write(rows);
    }

    private static List<String> figureRow(String day, String municipality, Figures figures,
                                          CampaignReport.@Nullable MunicipalityFigures ofMunicipality) {
        List<String> row = new ArrayList<>(List.of(day, municipality));
        figures.named().forEach(figure -> row.add(n(figure.value())));
        Double share = ofMunicipality == null ? null : ofMunicipality.sharePercent();
        row.add(ofMunicipality == null || ofMunicipality.residents() == null ? "" : n(ofMunicipality.residents()));
        row.add(share == null ? "" : String.format(Locale.ROOT, "%.1f", share).replace('.', ','));
        return row;
    }

    private static List<String> queueRow(CampaignReport.QueueDay queue) {
        DailyStatistics day = queue.statistics();
        return List.of(day.day().toString(), queue.place(), day.queueName(), n(day.tickets()), n(day.served()),
                n(day.noShows()), day.averageWaitSeconds() == null ? ""
                        : String.format(Locale.ROOT, "%.1f", day.averageWaitSeconds() / 60.0).replace('.', ','));
    }

    private static String n(int value) {
        return String.valueOf(value);
    }
}
