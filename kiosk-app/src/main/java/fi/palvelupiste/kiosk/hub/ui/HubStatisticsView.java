package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.hub.HubStatistics;
import fi.palvelupiste.kiosk.hub.HubStatistics.SiteDay;
import fi.palvelupiste.kiosk.hub.HubStatistics.SiteFormPrints;
import fi.palvelupiste.kiosk.hub.HubStatistics.SiteTotals;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.DayRange;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * On the hub: every site's queue days (with totals per site and a CSV) and forms printed per site, form and language,
 * over a range of days, for reporting to the funders. Counts only: no area scoping, nothing to audit.
 */
@HubOnly
@Route(value = HubStatisticsView.ROUTE, layout = StaffLayout.class, registerAtStartup = false)
@Menu(title = "menu.hub-statistics", order = 1.5)
@RolesAllowed(Role.COORDINATOR_ROLE)
public class HubStatisticsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "sites/statistics";

    private final HubStatistics statistics;
    final DatePicker from;
    final DatePicker to;
    final Grid<SiteTotals> totals = new Grid<>();
    final Grid<SiteDay> days = new Grid<>();
    final Grid<SiteFormPrints> forms = new Grid<>();
    final Paragraph empty = new Paragraph();
    private List<SiteDay> shown = List.of();

    public HubStatisticsView(HubStatistics statistics, Clock clock) {
        this.statistics = statistics;
        LocalDate today = LocalDate.now(clock);
        DayRange range = new DayRange("hub-stats", today.minusDays(30), today, "toimipisteiden-jonotilastot.csv",
                () -> statistics.csv(shown), this::refresh);
        from = range.from;
        to = range.to;

        totals.setId("hub-stats-totals");
        totals.addColumn(row -> row.site().name()).setHeader(getTranslation("hub.statistics.site")).setAutoWidth(true);
        totals.addColumn(row -> row.site().municipality()).setHeader(getTranslation("hub.statistics.municipality"))
                .setAutoWidth(true);
        totals.addColumn(SiteTotals::days).setHeader(getTranslation("hub.statistics.day-count")).setAutoWidth(true);
        totals.addColumn(SiteTotals::tickets).setHeader(getTranslation("stats.tickets")).setAutoWidth(true);
        totals.addColumn(SiteTotals::served).setHeader(getTranslation("stats.served")).setAutoWidth(true);
        totals.addColumn(row -> percent(row.noShowRate())).setHeader(getTranslation("stats.no-show-rate"))
                .setAutoWidth(true);
        totals.addColumn(row -> minutes(row.averageWaitSeconds())).setHeader(getTranslation("stats.wait"))
                .setAutoWidth(true);
        totals.setAllRowsVisible(true);

        days.setId("hub-stats-days");
        days.addColumn(row -> row.site().name()).setHeader(getTranslation("hub.statistics.site")).setAutoWidth(true);
        days.addColumn(row -> row.site().municipality()).setHeader(getTranslation("hub.statistics.municipality"))
                .setAutoWidth(true);
        days.addColumn(row -> row.day().day()).setHeader(getTranslation("stats.day")).setAutoWidth(true);
        days.addColumn(row -> row.day().queueName()).setHeader(getTranslation("stats.service")).setAutoWidth(true);
        days.addColumn(row -> row.day().tickets()).setHeader(getTranslation("stats.tickets")).setAutoWidth(true);
        days.addColumn(row -> row.day().served()).setHeader(getTranslation("stats.served")).setAutoWidth(true);
        days.addColumn(row -> percent(row.day().noShowRate())).setHeader(getTranslation("stats.no-show-rate"))
                .setAutoWidth(true);
        days.addColumn(row -> minutes(row.day().averageWaitSeconds())).setHeader(getTranslation("stats.wait"))
                .setAutoWidth(true);
        days.setAllRowsVisible(true);

        forms.setId("hub-stats-forms");
        forms.addColumn(row -> row.site().name()).setHeader(getTranslation("hub.statistics.site")).setAutoWidth(true);
        forms.addColumn(SiteFormPrints::title).setHeader(getTranslation("stats.form")).setAutoWidth(true);
        forms.addColumn(SiteFormPrints::language).setHeader(getTranslation("stats.language")).setAutoWidth(true);
        forms.addColumn(SiteFormPrints::prints).setHeader(getTranslation("stats.prints")).setAutoWidth(true);
        forms.setAllRowsVisible(true);

        empty.setId("hub-stats-empty");
        empty.setText(getTranslation("hub.statistics.none"));
        add(new H1(getTranslation("hub.statistics.heading")), new Paragraph(getTranslation("hub.statistics.intro")),
                range, empty, new H2(getTranslation("hub.statistics.totals")), totals,
                new H2(getTranslation("hub.statistics.days")), days, new H2(getTranslation("stats.forms")), forms);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("hub.statistics.heading"));
    }

    void refresh() {
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        shown = statistics.queueDays(from.getValue(), to.getValue());
        List<SiteFormPrints> printed = statistics.formPrints(from.getValue(), to.getValue());
        days.setItems(shown);
        totals.setItems(statistics.totals(shown));
        forms.setItems(printed);
        empty.setVisible(shown.isEmpty() && printed.isEmpty());
    }

    List<SiteDay> shown() {
        return shown;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private String minutes(@Nullable Integer seconds) {
        return seconds == null ? "–" : getTranslation("desk.minutes", Math.round(seconds / 60.0));
    }
}
