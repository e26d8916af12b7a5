package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.EventSummary;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

/** The coordinator's events: every photo day, trip and other event with its places and sign-ups. */
@Route(value = "admin/events", layout = StaffLayout.class)
@Menu(title = "menu.events", order = 20)
@RolesAllowed(Role.COORDINATOR_ROLE)
class EventsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<EventSummary> grid = new Grid<>();

    EventsView(EventPlanning planning, SignupTexts texts, Clock clock) {
        Button create = new Button(getTranslation("events.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(EventEditorView.class,
                        new RouteParameters(EventEditorView.EVENT_PARAMETER, EventEditorView.NEW))));
        create.setId("events-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("events-grid");
        // at 1280 px beside the menu: names and places wrap, counts stay narrow, the buttons stay in view; widths
        // in px, as em would be read in the header's smaller font and the header would not line up with the rows
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> s.event().kind().name().get(getLocale())).setKey("kind").setHeader(getTranslation("events.kind"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(s -> s.event().title().in(Language.FI)).setKey("title").setHeader(getTranslation("events.event-title"))
                .setWidth("220px").setFlexGrow(2).setSortable(true);
        grid.addColumn(s -> texts.day(s.event().date(), getLocale())).setKey("date").setHeader(getTranslation("events.date"))
                .setComparator(s -> s.event().date()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.event().place()).setKey("place").setHeader(getTranslation("events.place"))
                .setWidth("160px").setFlexGrow(1);
        grid.addColumn(EventSummary::places).setKey("places").setHeader(getTranslation("events.places"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EventSummary::confirmed).setKey("confirmed").setHeader(getTranslation("events.confirmed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EventSummary::waitlisted).setKey("waitlisted").setHeader(getTranslation("events.waitlisted"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation(s.event().personalDataDeletedAt() != null ? "events.state.deleted"
                        : s.event().openAt(clock.instant()) ? "events.state.open" : "events.state.closed"))
                .setKey("state").setHeader(getTranslation("events.state")).setWidth("120px").setFlexGrow(0);
        grid.addComponentColumn(s -> {
            Button edit = new Button(getTranslation("events.edit"), click -> getUI().ifPresent(ui -> ui.navigate(
                    EventEditorView.class, new RouteParameters(EventEditorView.EVENT_PARAMETER,
                            String.valueOf(s.event().id())))));
            edit.setId("events-edit-" + s.event().id());
            Button lists = new Button(getTranslation("events.lists"), click -> getUI().ifPresent(ui -> ui.navigate(
                    EventListsView.class, new RouteParameters(EventListsView.EVENT_PARAMETER,
                            String.valueOf(s.event().id())))));
            lists.setId("events-lists-" + s.event().id());
            lists.setEnabled(s.event().personalDataDeletedAt() == null);
            HorizontalLayout actions = new HorizontalLayout(edit, lists);
            actions.setSpacing(false);
            actions.addClassName("staff-grid-actions");
            return actions;
        }).setKey("actions").setHeader(getTranslation("events.actions")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItems(planning.overview());
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("events.heading")), create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("events.heading"));
    }
}
