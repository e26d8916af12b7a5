package fi.palvelupiste.kiosk.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.palvelupiste.kiosk.campaign.CampaignFigures;
import fi.palvelupiste.kiosk.campaign.CampaignReport;
import fi.palvelupiste.kiosk.campaign.Figures;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.staff.ui.CsvDownload;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The funders' report of a campaign round, made to be printed on A4 from the browser as it is: pictures (server-made
 * SVG) with the same numbers in tables beside them, per municipality and day, and a CSV download. Counts only.
 */
@Route(value = "campaigns/:" + CampaignReportView.CAMPAIGN_PARAMETER + "/report", autoLayout = false)
@RolesAllowed(Role.COORDINATOR_ROLE)
class CampaignReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CAMPAIGN_PARAMETER = "campaignId";

    private final CampaignFigures figures;
    private final SignupTexts texts;
    @Nullable CampaignReport report;
    final Anchor csv = new Anchor();

    CampaignReportView(CampaignFigures figures, SignupTexts texts) {
        this.figures = figures;
        this.texts = texts;
        setId("campaign-report");
        addClassNames("a4-list", "campaign-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        report = enter.getRouteParameters().getLong(CAMPAIGN_PARAMETER).flatMap(figures::report).orElse(null);
        if (report == null) {
            enter.forwardTo(CampaignsView.class);
            return;
        }
        removeAll();
        show(report);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("report.heading"));
    }

    private void show(CampaignReport shown) {
        Locale locale = getLocale();
        Button print = new Button(getTranslation("lists.print-page"), click -> getElement().executeJs("window.print()"));
        print.setId("report-print");
        csv.setHref(CsvDownload.of("raportti-" + shown.campaign().id() + ".csv", () -> csvFile(shown, locale)));
        csv.setText(getTranslation("report.csv"));
        csv.setId("report-csv");
        csv.getElement().setAttribute("download", true);
        RouterLink back = new RouterLink(getTranslation("report.back"), CampaignsView.class);
        HorizontalLayout actions = new HorizontalLayout(back, print, csv);
        actions.addClassName("a4-no-print");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(actions, new H1(getTranslation("report.heading") + " – " + shown.campaign().name()),
                new Paragraph(getTranslation("report.about", shown.campaign().municipality(),
                        texts.day(shown.campaign().firstDate(), locale), texts.day(shown.campaign().lastDate(), locale))),
                new Paragraph(getTranslation("report.privacy")));

        Figures total = shown.total();
        add(section("report.section.total",
                BarChart.of("report-funnel", getTranslation("report.funnel"), described(funnel(total)), funnel(total)),
                figureTable("report-total", shown.lastRound() == null
                                ? List.of(getTranslation("report.this-round"))
                                : List.of(getTranslation("report.this-round"), getTranslation("report.last-round")),
                        shown.lastRound() == null ? List.of(total) : List.of(total, shown.lastRound()))));

        NativeTable municipalities = figureTable("report-municipalities",
                shown.municipalities().stream().map(CampaignReport.MunicipalityFigures::municipality).toList(),
                shown.municipalities().stream().map(CampaignReport.MunicipalityFigures::figures).toList());
        row(municipalities, getTranslation("report.residents"), shown.municipalities().stream()
                .map(m -> m.residents() == null ? getTranslation("report.not-entered") : String.valueOf(m.residents()))
                .toList());
        row(municipalities, getTranslation("report.share"), shown.municipalities().stream()
                .map(m -> m.sharePercent() == null ? "" : String.format(locale, "%.1f %%", m.sharePercent())).toList());
        add(section("report.section.municipalities", new Paragraph(getTranslation("report.share.help")), municipalities));

        add(section("report.section.days", figureTable("report-days",
                shown.days().stream().map(d -> texts.day(d.day(), locale) + " " + d.municipality()).toList(),
                shown.days().stream().map(CampaignReport.DayFigures::figures).toList())));

        List<BarChart.Bar> villages = shown.villages().stream()
                .map(v -> new BarChart.Bar(v.village(), v.travellers())).toList();
        add(section("report.section.villages",
                BarChart.of("report-villages-chart", getTranslation("report.villages.chart"), described(villages), villages),
                table("report-villages", List.of(getTranslation("report.village"), getTranslation("report.figure.bus-bookings"),
                                getTranslation("report.figure.bus-travellers"), getTranslation("report.figure.bus-boarded"),
                                getTranslation("report.figure.bus-no-shows"), getTranslation("report.figure.bus-walk-ons"),
                                getTranslation("report.figure.wheelchair-places")),
                        shown.villages().stream().map(v -> List.of(v.village(), n(v.bookings()), n(v.travellers()),
                                n(v.boarded()), n(v.noShows()), n(v.walkOns()), n(v.wheelchairPlaces()))).toList())));

        Function<String, String> language = code -> code.isEmpty() ? getTranslation("report.language.unknown")
                : Locale.of(code).getDisplayLanguage(locale);
        List<BarChart.Bar> languages = shown.languages().stream()
                .map(l -> new BarChart.Bar(language.apply(l.language()), l.people())).toList();
        add(section("report.section.languages",
                BarChart.of("report-languages-chart", getTranslation("report.languages.chart"), described(languages),
                        languages),
                table("report-languages", List.of(getTranslation("report.language"),
                                getTranslation("report.language.people"), getTranslation("report.figure.bus-travellers")),
                        shown.languages().stream().map(l -> List.of(language.apply(l.language()), n(l.people()),
                                n(l.busTravellers()))).toList())));

        List<BarChart.Bar> queueDays = shown.dates().stream().map(day -> new BarChart.Bar(texts.day(day, locale),
                shown.queueDays().stream().filter(q -> q.statistics().day().equals(day))
                        .mapToInt(q -> q.statistics().tickets()).sum())).toList();
        add(section("report.section.queues", new Paragraph(getTranslation("report.queues.help")),
                BarChart.of("report-queues-chart", getTranslation("report.queues.chart"), described(queueDays), queueDays),
                table("report-queues", List.of(getTranslation("report.day"), getTranslation("report.place"),
                                getTranslation("report.queue"), getTranslation("report.queue.tickets"),
                                getTranslation("report.queue.served"), getTranslation("report.queue.no-shows"),
                                getTranslation("report.queue.wait")),
                        shown.queueDays().stream().map(q -> List.of(texts.day(q.statistics().day(), locale), q.place(),
                                q.statistics().queueName(), n(q.statistics().tickets()), n(q.statistics().served()),
                                n(q.statistics().noShows()), q.statistics().averageWaitSeconds() == null ? ""
                                        : String.format(locale, "%.1f", q.statistics().averageWaitSeconds() / 60.0)))
                                .toList())));
    }

    /** The file the CSV link downloads, headings in the coordinator's language (as the page was shown). */
    byte[] csvFile(CampaignReport shown, Locale locale) {
        return figures.csv(shown, key -> getTranslation(locale, key));
    }

    /** The photo day's path from a place to help with the application, as bars. */
    private List<BarChart.Bar> funnel(Figures total) {
        return List.of(new BarChart.Bar(getTranslation("report.figure.signups"), total.signUps()),
                new BarChart.Bar(getTranslation("report.figure.checked-in"), total.checkedIn()),
                new BarChart.Bar(getTranslation("report.figure.walk-ins"), total.walkIns()),
                new BarChart.Bar(getTranslation("report.figure.photographed"), total.photographed()),
                new BarChart.Bar(getTranslation("report.figure.helped"), total.helped()));
    }

    /** The bars in words, for the chart's description. */
    private static String described(List<BarChart.Bar> bars) {
        return String.join(", ", bars.stream().map(bar -> bar.label() + ": " + bar.value()).toList());
    }

    private Div section(String headingKey, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H2(getTranslation(headingKey)));
        section.addClassName("report-section");
        section.add(content);
        return section;
    }

    /** Every figure a row, one column per heading (a round, a municipality, a day). */
    private NativeTable figureTable(String id, List<String> headings, List<Figures> columns) {
        List<String> head = new ArrayList<>(List.of(getTranslation("report.figure")));
        head.addAll(headings);
        List<List<String>> rows = new ArrayList<>();
        List<Figures.Figure> names = Figures.NONE.named();
        for (int i = 0; i < names.size(); i++) {
            List<String> row = new ArrayList<>(List.of(getTranslation("report.figure." + names.get(i).key())));
            for (Figures column : columns) {
                row.add(n(column.named().get(i).value()));
            }
            rows.add(row);
        }
        return table(id, head, rows);
    }

    private static NativeTable table(String id, List<String> headings, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.setId(id);
        NativeTableRow head = table.getHead().addRow();
        headings.forEach(text -> head.addHeaderCell().setText(text));
        rows.forEach(cells -> row(table, cells.getFirst(), cells.subList(1, cells.size())));
        return table;
    }

    /** A row whose first cell names it (a row header for screen readers). */
    private static void row(NativeTable table, String name, List<String> cells) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(name);
        cells.forEach(text -> row.addDataCell().setText(text));
    }

    private static String n(int value) {
        return String.valueOf(value);
    }
}
