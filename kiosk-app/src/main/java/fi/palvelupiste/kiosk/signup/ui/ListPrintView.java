package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.A4Table;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.signup.ListRow;
import fi.palvelupiste.kiosk.signup.PersonList;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupLists;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/** A personal list as a plain A4 page to print from the browser: no menu, black on white, a table. Audited. */
@Route(value = "admin/events/:" + ListPrintView.EVENT_PARAMETER + "/lists/:" + ListPrintView.LIST_PARAMETER + "/a4",
        autoLayout = false)
@RolesAllowed(Role.COORDINATOR_ROLE)
class ListPrintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String EVENT_PARAMETER = "eventId";
    static final String LIST_PARAMETER = "list";

    private final SignupLists lists;
    private final SignupBooking signups;
    private final SignupTexts texts;
    private final Actor actor;
    private String title = "";
    final A4Table table = new A4Table(SignupLists.PHONE_COLUMN);

    ListPrintView(SignupLists lists, SignupBooking signups, SignupTexts texts, AuthenticationContext authentication) {
        this.lists = lists;
        this.signups = signups;
        this.texts = texts;
        this.actor = StaffActor.of(authentication);
        addClassName("a4-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        SignupEvent event = enter.getRouteParameters().getLong(EVENT_PARAMETER).flatMap(signups::event)
                .filter(e -> e.personalDataDeletedAt() == null).orElse(null);
        PersonList list = enter.getRouteParameters().get(LIST_PARAMETER).flatMap(ListPrintView::listOf).orElse(null);
        if (event == null || list == null) {
            enter.forwardTo(EventsView.class);
            return;
        }
        Locale locale = getLocale();
        List<ListRow> rows = lists.rows(event.id(), list, ListFormat.A4, actor);
        title = getTranslation(list.messageKey());
        table.header(lists.header(list, locale));
        rows.forEach(row -> table.row(lists.cells(event, list, row, locale)));
        Button print = new Button(getTranslation("lists.print-page"),
                click -> getElement().executeJs("window.print()"));
        print.setId("a4-print");
        print.addClassName("a4-no-print");
        add(new H1(title + " – " + event.title().in(Language.FI)),
                new Paragraph(texts.day(event.date(), locale) + ", " + event.place() + " · "
                        + getTranslation("lists.count", rows.size())),
                print, table,
                new Paragraph(getTranslation("lists.a4-privacy")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", title);
    }

    private static java.util.Optional<PersonList> listOf(String text) {
        try {
            return java.util.Optional.of(PersonList.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
