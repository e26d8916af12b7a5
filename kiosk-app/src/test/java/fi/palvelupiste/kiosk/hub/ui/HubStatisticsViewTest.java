package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fi.palvelupiste.kiosk.HubTest;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.forms.FormPrintCount;
import fi.palvelupiste.kiosk.forms.FormPrintSync;
import fi.palvelupiste.kiosk.forms.FormPrintsRecord;
import fi.palvelupiste.kiosk.hub.HubSites;
import fi.palvelupiste.kiosk.hub.HubStatistics;
import fi.palvelupiste.kiosk.hub.HubStatistics.SiteDay;
import fi.palvelupiste.kiosk.hub.HubStatistics.SiteFormPrints;
import fi.palvelupiste.kiosk.hub.HubStatistics.SiteTotals;
import fi.palvelupiste.kiosk.hub.Site;
import fi.palvelupiste.kiosk.queue.DailyStatistics;
import fi.palvelupiste.kiosk.queue.QueueDayRecord;
import fi.palvelupiste.kiosk.queue.QueueDaySync;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * On the hub a coordinator reads every site's queue days, their totals per site and a CSV, and the forms printed per
 * site, form and language, also of a form only a kiosk has; counts no kiosk makes are refused whole.
 */
@HubTest
@ViewPackages(classes = HubStatisticsView.class)
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class HubStatisticsViewTest extends SpringBrowserlessTest {

    static final Actor COORDINATOR = Actor.staff("koordinaattori");
    static final LocalDate DAY = LocalDate.of(2026, 3, 17);

    @Autowired
    HubSites sites;
    @Autowired
    QueueDaySync queueDays;
    @Autowired
    FormPrintSync formPrints;
    @Autowired
    HubStatistics statistics;

    @Test
    void a_coordinator_sees_every_sites_queue_days_with_totals_a_csv_and_forms_printed_per_site_and_language() {
        Site lapinlahti = sites.createSite("Lapinlahden pääkirjasto", "Lapinlahti", COORDINATOR);
        Site rautavaara = sites.createSite("Rautavaaran seurantalo", "Rautavaara", COORDINATOR);
        queueDays.store(lapinlahti.id(), List.of(day(lapinlahti, DAY, "A", 10, 8, 2, 300),
                day(lapinlahti, DAY.plusDays(1), "A", 4, 4, 0, 600)));
        queueDays.store(rautavaara.id(), List.of(day(rautavaara, DAY, "B", 3, 1, 1, null)));
        UUID club = UUID.randomUUID();
        formPrints.store(rautavaara.id(), List.of(prints(rautavaara, club, "Kerhon ilmoitus", DAY, "fi", 2),
                prints(rautavaara, club, "Kerhon ilmoitus", DAY.plusDays(1), "fi", 3),
                prints(rautavaara, club, "Kerhon ilmoitus", DAY, "uk", 1)));

        HubStatisticsView view = navigate(HubStatisticsView.class);
        view.from.setValue(DAY);
        view.to.setValue(DAY.plusDays(1));

        assertThat(view.days.getGenericDataView().getItems().toList()).extracting(row -> row.site().name(),
                        row -> row.day().day(), row -> row.day().tickets())
                .containsExactly(tuple("Lapinlahden pääkirjasto", DAY, 10),
                        tuple("Lapinlahden pääkirjasto", DAY.plusDays(1), 4),
                        tuple("Rautavaaran seurantalo", DAY, 3));
        assertThat(view.totals.getGenericDataView().getItems().toList()).extracting(row -> row.site().municipality(),
                        SiteTotals::days, SiteTotals::tickets, SiteTotals::served, SiteTotals::averageWaitSeconds)
                .as("the wait weighted by the tickets called").containsExactly(
                        tuple("Lapinlahti", 2, 14, 12, 386), // (300 s × 10 + 600 s × 4) / 14
                        tuple("Rautavaara", 1, 3, 1, null));
        assertThat(view.forms.getGenericDataView().getItems().toList()).extracting(row -> row.site().name(),
                        SiteFormPrints::title, SiteFormPrints::language, SiteFormPrints::prints)
                .as("a form the hub does not have, by its id and title").containsExactly(
                        tuple("Rautavaaran seurantalo", "Kerhon ilmoitus", "fi", 5),
                        tuple("Rautavaaran seurantalo", "Kerhon ilmoitus", "uk", 1));
        assertThat(view.empty.isVisible()).isFalse();
        assertThat($(SideNavItem.class).all()).as("in the hub's menu").extracting(SideNavItem::getPath)
                .contains(HubStatisticsView.ROUTE);

        String csv = new String(statistics.csv(view.shown()), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv.lines().skip(1).toList()).first().asString()
                .startsWith("Lapinlahden pääkirjasto;Lapinlahti;" + DAY + ";Digituki;A;10;8;2;20,0;0;5,0;");

        view.from.setValue(DAY.plusDays(5));
        view.to.setValue(DAY.plusDays(6));
        assertThat(view.days.getGenericDataView().getItems()).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void a_negative_count_or_a_day_of_23_hours_is_refused_and_nothing_of_its_batch_is_stored() {
        Site site = sites.createSite("Sonkajärven kirjastoauto", "Sonkajärvi", COORDINATOR);
        LocalDate day = DAY.plusDays(30);
        QueueDayRecord good = day(site, day, "A", 5, 5, 0, 120);
        List<Integer> hours = new ArrayList<>(Collections.nCopies(23, 0));
        QueueDayRecord short_ = new QueueDayRecord(UUID.randomUUID(), site.id(), new DailyStatistics(day, "B",
                "Kirjasto", 1, 0, 0, 0, null, null, hours), 1);
        assertThatThrownBy(() -> queueDays.store(site.id(), List.of(good, short_)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queueDays.store(site.id(), List.of(good, day(site, day, "B", -1, 0, 0, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> formPrints.store(site.id(), List.of(prints(site, UUID.randomUUID(), "Lomake", day,
                "fi", -2)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(statistics.queueDays(day, day)).isEmpty();
        assertThat(statistics.formPrints(day, day)).isEmpty();

        assertThat(queueDays.store(site.id(), List.of(good)).stored()).isEqualTo(1);
        assertThat(statistics.queueDays(day, day)).extracting(SiteDay::day).containsExactly(good.stats());
    }

    static QueueDayRecord day(Site site, LocalDate day, String prefix, int tickets, int served, int noShows,
                              Integer wait) {
        List<Integer> hours = new ArrayList<>(Collections.nCopies(24, 0));
        hours.set(10, tickets);
        return new QueueDayRecord(UUID.randomUUID(), site.id(), new DailyStatistics(day, prefix,
                prefix.equals("A") ? "Digituki" : "Kirjasto", tickets, served, noShows, 0, wait,
                wait == null ? null : 300, hours), 1);
    }

    static FormPrintsRecord prints(Site site, UUID form, String title, LocalDate day, String language, int prints) {
        return new FormPrintsRecord(UUID.randomUUID(), site.id(), form, new FormPrintCount(day, "kerho", title,
                language, prints), 1);
    }
}
