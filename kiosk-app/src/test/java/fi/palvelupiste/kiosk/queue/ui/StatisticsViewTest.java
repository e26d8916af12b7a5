package fi.palvelupiste.kiosk.queue.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.forms.FormPrintCount;
import fi.palvelupiste.kiosk.forms.FormPrinting;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.DailyStatistics;
import fi.palvelupiste.kiosk.queue.TicketService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
@WithMockUser(username = "maija", roles = "STAFF")
class StatisticsViewTest extends SpringBrowserlessTest {

    @Autowired
    TicketService tickets;
    @Autowired
    FormPrinting forms;

    @Test
    void todays_tickets_and_printed_forms_are_in_the_statistics() {
        tickets.take(tickets.queuesTakingTickets().getFirst().id(), false, Language.FI.locale());
        forms.print(forms.publishedForms().getFirst().publicId(), Language.SV);

        StatisticsView view = navigate(StatisticsView.class);

        assertThat(view.shown()).extracting(DailyStatistics::tickets).anyMatch(count -> count > 0);
        List<FormPrintCount> printed = view.formPrints.getGenericDataView().getItems().toList();
        assertThat(printed).anySatisfy(count -> {
            assertThat(count.language()).isEqualTo("sv");
            assertThat(count.prints()).isPositive();
        });
    }

    @Test
    void the_date_pickers_speak_the_page_language_and_start_weeks_on_monday() {
        StatisticsView view = navigate(StatisticsView.class);

        com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n i18n = view.from.getI18n();
        assertThat(i18n.getMonthNames()).first().isEqualTo("Tammikuu");
        assertThat(i18n.getWeekdaysShort()).as("Sunday first, as the component wants them").startsWith("Su", "Ma");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Tänään");
        assertThat(i18n.getCancel()).isEqualTo("Peruuta");
        assertThat(view.from.getLocale().getLanguage()).isEqualTo("fi");
    }

    @Test
    void the_hourly_chart_covers_the_usual_day_and_every_hour_with_tickets() {
        List<Integer> quiet = new ArrayList<>(Collections.nCopies(24, 0));
        assertThat(StatisticsView.shownHours(quiet)).first().isEqualTo(7);
        assertThat(StatisticsView.shownHours(quiet)).last().isEqualTo(20);
        quiet.set(1, 2);
        quiet.set(22, 1);
        assertThat(StatisticsView.shownHours(quiet)).as("tickets at 01 and 22 are in the chart")
                .contains(1, 22).first().isEqualTo(1);
        assertThat(StatisticsView.shownHours(quiet)).last().isEqualTo(22);
        quiet.set(0, 1);
        quiet.set(23, 3);
        assertThat(StatisticsView.shownHours(quiet)).as("from midnight to the last hour of the day")
                .containsExactlyElementsOf(IntStream.range(0, 24).boxed().toList());
    }
}
