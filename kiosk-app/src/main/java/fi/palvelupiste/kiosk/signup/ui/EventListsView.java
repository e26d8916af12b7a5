package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.signup.ListRow;
import fi.palvelupiste.kiosk.signup.PersonList;
import fi.palvelupiste.kiosk.signup.PlanningException;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupLists;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.staff.ui.CsvDownload;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/**
 * An event's personal lists for the coordinator — slots for the photographer, participants for the bus, the
 * waitlist, and who got a place from it (to call them) — with thermal print, an A4 page and CSV. Each look is
 * written to the audit log.
 */
@Route(value = "admin/events/:" + EventListsView.EVENT_PARAMETER + "/lists", layout = StaffLayout.class)
@RolesAllowed(Role.COORDINATOR_ROLE)
class EventListsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String EVENT_PARAMETER = "eventId";

    private final SignupLists lists;
    private final SignupBooking signups;
    private final SignupTexts texts;
    private final Actor actor;
    private SignupEvent event;

    final Select<PersonList> which = new Select<>();
    final Grid<ListRow> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    /** On the hub: how many of the list are signed up at sites outside the coordinator's areas. */
    final Paragraph notShown = new Paragraph();
    final Button print = new Button();
    final Anchor a4 = new Anchor();
    final Anchor csv = new Anchor();

    EventListsView(SignupLists lists, SignupBooking signups, SignupTexts texts, AuthenticationContext authentication) {
        this.lists = lists;
        this.signups = signups;
        this.texts = texts;
        this.actor = StaffActor.of(authentication);
        setId("event-lists");
        // once per screen: beforeEnter runs again on the same screen when another event's lists are opened from it
        which.addValueChangeListener(change -> show(change.getValue()));
        print.addClickListener(click -> printOnKiosk());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        event = enter.getRouteParameters().getLong(EVENT_PARAMETER).flatMap(signups::event)
                .filter(e -> e.personalDataDeletedAt() == null).orElse(null);
        if (event == null) {
            enter.forwardTo(EventsView.class);
            return;
        }
        removeAll();
        which.setLabel(getTranslation("lists.which"));
        which.setId("lists-which");
        List<PersonList> offered = PersonList.of(event.kind().unit());
        which.setItems(offered);
        which.setItemLabelGenerator(list -> getTranslation(list.messageKey()));
        print.setText(getTranslation("lists.print"));
        print.setId("lists-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.setVisible(lists.printsHere());
        a4.setText(getTranslation("lists.a4"));
        a4.setId("lists-a4");
        a4.setTarget(AnchorTarget.BLANK);
        csv.setText(getTranslation("lists.csv"));
        csv.setId("lists-csv");
        grid.setId("lists-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        count.setId("lists-count");
        notShown.setId("lists-not-shown");
        HorizontalLayout tools = new HorizontalLayout(which, print, a4, csv);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(new H1(getTranslation("lists.heading", event.title().in(Language.FI), texts.day(event.date(), getLocale()))),
                new Paragraph(getTranslation("lists.audit-note")), tools, count, notShown, grid);
        which.setValue(offered.getFirst());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("lists.title"));
    }

    void show(PersonList list) {
        if (list == null) {
            return;
        }
        Locale locale = getLocale();
        List<ListRow> rows = lists.rows(event.id(), list, ListFormat.SCREEN, actor);
        grid.removeAllColumns();
        List<String> header = lists.header(list, locale);
        // each column as wide as its widest cell (a reference code is never cut), the last one taking what is left
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            grid.addColumn(row -> lists.cells(event, list, row, locale).get(column)).setHeader(header.get(i))
                    .setAutoWidth(true).setFlexGrow(i == header.size() - 1 ? 1 : 0).setSortable(true);
        }
        grid.setItems(rows);
        // the columns are new: measure them for these rows
        grid.recalculateColumnWidths();
        count.setText(getTranslation("lists.count", rows.size()));
        int hidden = lists.notShown(event.id(), list, actor);
        notShown.setText(hidden == 0 ? "" : getTranslation("lists.not-shown", hidden));
        notShown.setVisible(hidden > 0);
        a4.setHref(RouteConfiguration.forSessionScope().getUrl(ListPrintView.class, new RouteParameters(
                java.util.Map.of(ListPrintView.EVENT_PARAMETER, String.valueOf(event.id()),
                        ListPrintView.LIST_PARAMETER, list.name().toLowerCase(Locale.ROOT)))));
        String fileName = "%s-%s-%s.csv".formatted(list.name().toLowerCase(Locale.ROOT), event.date(), event.id());
        csv.setHref(CsvDownload.of(fileName, () -> lists.csv(event.id(), list, actor, locale)));
    }

    void printOnKiosk() {
        try {
            lists.print(event.id(), which.getValue(), actor, getLocale());
            Notification.show(getTranslation("lists.printed"), 4000, Notification.Position.TOP_CENTER);
        } catch (PlanningException problem) {
            Notification.show(getTranslation(problem.messageKey()));
        }
    }
}
