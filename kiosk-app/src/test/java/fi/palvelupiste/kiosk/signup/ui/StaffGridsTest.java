package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.grid.GridVariant;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.EventSummary;
import fi.palvelupiste.kiosk.signup.ListRow;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff grids laid out for a 1280 px screen beside the menu: a reference code is never cut (its column as wide
 * as the code, measured again when rows arrive), the events' buttons stay in view (frozen to the grid's end), long
 * names wrap; and the bookings' status column says the status in words, the time in a column of its own.
 */
@KioskTest
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class StaffGridsTest extends SpringBrowserlessTest {

    private static final Locale FI = Locale.of("fi");

    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    Clock clock;

    @Test
    void a_confirmed_booking_shows_its_status_in_words_and_its_time_in_the_time_column() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 1);
        String confirmed = signups.signUp(new SignupRequest(day, signups.slots(day).getFirst().id(),
                SignupFixtures.person("Aino", "Tilassa", null), null, FI)).resident().signup().referenceCode();
        String waiting = signups.signUp(new SignupRequest(day, null,
                SignupFixtures.person("Eino", "Tilassa", null), null, FI)).resident().signup().referenceCode();
        StaffBookingsView view = navigate(StaffBookingsView.class);

        view.query.setValue("Tilassa");
        test($(Button.class).id("bookings-search")).click();

        GridTester<Grid<Booking>, Booking> results = test(view.results);
        int status = columnIndex(view.results, "status");
        int time = columnIndex(view.results, "time");
        int code = columnIndex(view.results, "code");
        int aino = row(results, code, confirmed);
        assertThat(results.getCellText(aino, status)).isEqualTo("vahvistettu");
        assertThat(results.getCellText(aino, time)).isEqualTo("klo 10.00–10.10");
        int eino = row(results, code, waiting);
        assertThat(results.getCellText(eino, status)).isEqualTo("jonossa, sija 1");
        assertThat(results.getCellText(eino, time)).isEmpty();
    }

    @Test
    void the_reference_code_column_is_as_wide_as_the_code_and_stays_in_view() {
        StaffBookingsView view = navigate(StaffBookingsView.class);

        Grid.Column<Booking> code = view.results.getColumnByKey("code");
        assertThat(view.results.getColumns().getFirst()).isSameAs(code);
        assertThat(code.isAutoWidth()).isTrue();
        assertThat(code.getFlexGrow()).isZero();
        assertThat(code.isFrozen()).isTrue();
        assertThat(view.results.getColumnByKey("event").getFlexGrow()).as("the event takes what is left")
                .isPositive();
        assertThat(view.results.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void the_events_buttons_stay_at_the_grids_end_in_view_and_the_long_texts_wrap() {
        SignupFixtures.photoDay(planning, clock, 1, 2);
        EventsView view = navigate(EventsView.class);

        Grid.Column<EventSummary> actions = view.grid.getColumnByKey("actions");
        assertThat(view.grid.getColumns().getLast()).isSameAs(actions);
        assertThat(actions.isFrozenToEnd()).isTrue();
        assertThat(actions.isAutoWidth()).isTrue();
        assertThat(actions.getFlexGrow()).isZero();
        assertThat(view.grid.getColumnByKey("title").getFlexGrow()).isPositive();
        assertThat(view.grid.getColumnByKey("place").getFlexGrow()).isPositive();
        for (String narrow : List.of("kind", "date", "places", "confirmed", "waitlisted", "state")) {
            assertThat(view.grid.getColumnByKey(narrow).getFlexGrow()).as(narrow).isZero();
        }
        assertThat(view.grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void every_column_of_a_list_is_as_wide_as_its_cells_with_the_reference_code_whole() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        signups.signUp(new SignupRequest(day, signups.slots(day).getFirst().id(),
                SignupFixtures.person("Aino", "Listalla", null), null, FI));

        EventListsView lists = navigate("admin/events/" + day + "/lists", EventListsView.class);

        List<Grid.Column<ListRow>> columns = lists.grid.getColumns();
        assertThat(columns).hasSize(4).allSatisfy(column -> assertThat(column.isAutoWidth()).isTrue());
        assertThat(columns.subList(0, 3)).allSatisfy(column -> assertThat(column.getFlexGrow()).isZero());
        assertThat(test(lists.grid).getCellText(0, 3)).matches("[2-9A-HJKMNP-Z]{6}");
    }

    private static <T> int columnIndex(Grid<T> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }

    private static int row(GridTester<Grid<Booking>, Booking> grid, int column, String text) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, column).equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }
}
