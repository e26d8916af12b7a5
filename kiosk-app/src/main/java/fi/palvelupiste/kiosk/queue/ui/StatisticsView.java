package fi.palvelupiste.kiosk.queue.ui;

import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.palvelupiste.kiosk.forms.FormPrintCount;
import fi.palvelupiste.kiosk.forms.FormPrinting;
import fi.palvelupiste.kiosk.queue.DailyStatistics;
import fi.palvelupiste.kiosk.queue.QueueStatistics;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.DayRange;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How the queues went: per day and service, with the busiest hours, and a CSV that opens in Excel; and how many
 * forms were printed, per day and language.
 */
@KioskOnly
@Route(value = "staff/statistics", layout = StaffLayout.class)
@Menu(title = "menu.statistics", order = 2)
@RolesAllowed(Role.STAFF_ROLE)
class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final QueueStatistics statistics;
    private final FormPrinting forms;
    final Grid<FormPrintCount> formPrints = new Grid<>();
    final DatePicker from;
    final DatePicker to;
    final Grid<DailyStatistics> days = new Grid<>();
    final Div hours = new Div();
    static final int FIRST_USUAL_HOUR = 7;
    static final int LAST_USUAL_HOUR = 20;
    private List<DailyStatistics> shown = List.of();

    StatisticsView(QueueStatistics statistics, FormPrinting forms, Clock clock) {
        this.statistics = statistics;
        this.forms = forms;
        LocalDate today = LocalDate.now(clock);
        DayRange range = new DayRange("stats", today.minusDays(6), today, "jonotilastot.csv",
                () -> statistics.csv(shown), this::refresh);
        from = range.from;
        to = range.to;

        days.setId("stats-days");
        days.addColumn(DailyStatistics::day).setHeader(getTranslation("stats.day")).setSortable(true).setAutoWidth(true);
        days.addColumn(DailyStatistics::queueName).setHeader(getTranslation("stats.service")).setAutoWidth(true);
        days.addColumn(DailyStatistics::tickets).setHeader(getTranslation("stats.tickets")).setAutoWidth(true);
        days.addColumn(DailyStatistics::served).setHeader(getTranslation("stats.served")).setAutoWidth(true);
        days.addColumn(day -> String.format(Locale.ROOT, "%.0f %%", day.noShowRate() * 100))
                .setHeader(getTranslation("stats.no-show-rate")).setAutoWidth(true);
        days.addColumn(day -> minutes(day.averageWaitSeconds())).setHeader(getTranslation("stats.wait")).setAutoWidth(true);
        days.addColumn(day -> minutes(day.averageServiceSeconds())).setHeader(getTranslation("stats.service-time"))
                .setAutoWidth(true);
        days.setAllRowsVisible(true);
        hours.setId("stats-hours");
        hours.addClassName("stats-hours");
        formPrints.setId("stats-forms");
        formPrints.addColumn(FormPrintCount::day).setHeader(getTranslation("stats.day")).setAutoWidth(true);
        formPrints.addColumn(FormPrintCount::title).setHeader(getTranslation("stats.form")).setAutoWidth(true);
        formPrints.addColumn(FormPrintCount::language).setHeader(getTranslation("stats.language")).setAutoWidth(true);
        formPrints.addColumn(FormPrintCount::prints).setHeader(getTranslation("stats.prints")).setAutoWidth(true);
        formPrints.setAllRowsVisible(true);
        add(new H1(getTranslation("stats.heading")), range, days, new H2(getTranslation("stats.per-hour")), hours,
                new H2(getTranslation("stats.forms")), formPrints);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("stats.heading"));
    }

    void refresh() {
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        shown = statistics.days(from.getValue(), to.getValue());
        days.setItems(shown);
        formPrints.setItems(forms.printCounts(from.getValue(), to.getValue()));
        hours.removeAll();
        List<Integer> perHour = statistics.ticketsPerHour(shown);
        int max = perHour.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int hour : shownHours(perHour)) {
            int count = perHour.get(hour);
            Span bar = new Span();
            bar.addClassName("stats-bar");
            bar.getStyle().set("width", (max == 0 ? 0 : count * 100 / max) + "%");
            Div row = new Div(new Span(getTranslation("stats.hour", hour)), bar, new Span(String.valueOf(count)));
            row.addClassName("stats-hour");
            hours.add(row);
        }
    }

    /**
     * The hours of the chart: a library's usual day (7–20) and every hour with tickets besides, so a ticket taken at
     * one at night is not left out.
     */
    static List<Integer> shownHours(List<Integer> perHour) {
        int first = FIRST_USUAL_HOUR;
        int last = LAST_USUAL_HOUR;
        for (int hour = 0; hour < perHour.size(); hour++) {
            if (perHour.get(hour) > 0) {
                first = Math.min(first, hour);
                last = Math.max(last, hour);
            }
        }
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    List<DailyStatistics> shown() {
        return shown;
    }

    private String minutes(Integer seconds) {
        return seconds == null ? "–" : getTranslation("desk.minutes", Math.round(seconds / 60.0));
    }
}
